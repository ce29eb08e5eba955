import { describe, expect, it } from 'vitest';
import { compareSpend, DAY_MS, dailySpend, type LedgerEntry, runway, spendByExpenseType, topDids } from './analytics';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const daysAgo = (n: number) => NOW - n * DAY_MS;
const debit = (ago: number, rupees: number, expenseType = 'call', did: string | null = null): LedgerEntry => ({
  createdAtMs: daysAgo(ago),
  type: 'debit',
  expenseType,
  amountPaise: rupees * 100,
  did,
});
const credit = (ago: number, rupees: number, expenseType = 'recharge'): LedgerEntry => ({
  createdAtMs: daysAgo(ago),
  type: 'credit',
  expenseType,
  amountPaise: rupees * 100,
  did: null,
});

describe('runway', () => {
  it('no spend: more than a year, whatever the top-ups', () => {
    expect(runway(50_000, [], NOW)).toEqual({ kind: 'long' });
    expect(runway(50_000, [credit(3, 500)], NOW)).toEqual({ kind: 'long' });
  });

  it('an empty or negative balance has no runway', () => {
    expect(runway(0, [debit(1, 10)], NOW)).toEqual({ kind: 'empty' });
    expect(runway(-500, [], NOW)).toEqual({ kind: 'empty' });
  });

  it('one day of spend in an old ledger is averaged over 30 days', () => {
    // ₹300 once in 30 days = ₹10/day; ₹100 lasts 10 days.
    expect(runway(10_000, [debit(5, 300)], NOW, daysAgo(200))).toEqual({ kind: 'days', days: 10, dailyPaise: 1000 });
  });

  it('a ledger that started today is averaged over that one day', () => {
    expect(runway(10_000, [debit(0, 50)], NOW, NOW)).toEqual({ kind: 'days', days: 2, dailyPaise: 5000 });
  });

  it('gaps count as days without spend; spend older than 30 days is ignored', () => {
    const ledger = [debit(1, 150), debit(20, 150), debit(45, 10_000)];
    expect(runway(20_000, ledger, NOW, daysAgo(60))).toEqual({ kind: 'days', days: 20, dailyPaise: 1000 });
  });

  it('refunds reduce spend; a full refund means no spend', () => {
    expect(runway(10_000, [debit(2, 600), credit(1, 300, 'call')], NOW, daysAgo(90))).toMatchObject({
      kind: 'days',
      days: 10,
    });
    expect(runway(10_000, [debit(2, 600), credit(1, 600, 'call')], NOW, daysAgo(90))).toEqual({ kind: 'long' });
  });

  it('more than a year of balance is "long"', () => {
    expect(runway(1_000_000_00, [debit(1, 30)], NOW, daysAgo(90))).toEqual({ kind: 'long' });
  });
});

describe('compareSpend', () => {
  it('no spend at all: zeros and nothing to compare', () => {
    expect(compareSpend([], NOW)).toEqual({ currentPaise: 0, previousPaise: 0, changePct: null });
  });

  it('compares the last 30 days with the 30 before, top-ups excluded', () => {
    const ledger = [debit(1, 1120), debit(10, 120), credit(2, 5000), debit(40, 1000), debit(59, 107)];
    expect(compareSpend(ledger, NOW)).toEqual({ currentPaise: 124_000, previousPaise: 110_700, changePct: 12 });
  });

  it('one day of spend and nothing before: no percentage', () => {
    expect(compareSpend([debit(0, 99)], NOW)).toEqual({ currentPaise: 9900, previousPaise: 0, changePct: null });
  });

  it('refunds count against the window they fall in, never below zero', () => {
    const ledger = [debit(35, 200), credit(3, 500, 'call')];
    expect(compareSpend(ledger, NOW)).toEqual({ currentPaise: 0, previousPaise: 20_000, changePct: -100 });
  });
});

describe('dailySpend and breakdowns', () => {
  it('fills gaps with zero days, oldest first, ending today', () => {
    const series = dailySpend([debit(0, 5), debit(2, 7), debit(2, 3), debit(9, 100)], 3, NOW);
    expect(series).toEqual([
      { date: '2026-11-30', paise: 1000 },
      { date: '2026-12-01', paise: 0 },
      { date: '2026-12-02', paise: 500 },
    ]);
  });

  it('groups spend by expense type and by DID, biggest first, refunds netted', () => {
    const ledger = [
      debit(1, 100, 'call', '+911100000001'),
      debit(2, 40, 'sms', '+911100000002'),
      debit(3, 60, 'call', '+911100000002'),
      credit(1, 50, 'call'),
      credit(1, 900),
    ];
    expect(spendByExpenseType(ledger, daysAgo(30))).toEqual([
      { key: 'call', paise: 11_000 },
      { key: 'sms', paise: 4000 },
    ]);
    expect(topDids(ledger, daysAgo(30), 1)).toEqual([{ key: '+911100000001', paise: 10_000 }]);
  });
});
