import { describe, expect, it } from 'vitest';
import { CLOCK_SKEW_MS, type CreditTxn, matchCredit } from './reconcile';

const START = Date.parse('2026-03-10T10:00:00.000Z');
const at = (offsetMs: number) => new Date(START + offsetMs).toISOString();
const txn = (id: string, offsetMs: number, amount: string, type: CreditTxn['type'] = 'credit'): CreditTxn => ({
  id,
  created_at: at(offsetMs),
  type,
  amount,
});
const attempt = (amountPaise: number, claimed: string[] = []) => ({
  amountPaise,
  startedAtMs: START,
  claimed: new Set(claimed),
});

describe('matchCredit', () => {
  it('finds a credit of exactly the amount created after the attempt started', () => {
    const items = [txn('3', 5_000, '500.50'), txn('2', 2_000, '500'), txn('1', -3_600_000, '500.50')];
    expect(matchCredit(items, attempt(50_050))?.id).toBe('3');
  });

  it('ignores debits, other amounts and credits from before the attempt', () => {
    const items = [txn('1', 1_000, '500', 'debit'), txn('2', 1_000, '500.01'), txn('3', -CLOCK_SKEW_MS - 1_000, '500')];
    expect(matchCredit(items, attempt(50_000))).toBeNull();
  });

  it('allows for clock skew: a credit stamped slightly before the attempt still counts', () => {
    expect(matchCredit([txn('1', -CLOCK_SKEW_MS + 1_000, '500')], attempt(50_000))?.id).toBe('1');
  });

  it('skips credits claimed by other attempts and takes the earliest remaining one', () => {
    const items = [txn('9', 9_000, '500'), txn('8', 8_000, '500'), txn('7', 7_000, '500')];
    expect(matchCredit(items, attempt(50_000, ['7']))?.id).toBe('8');
    expect(matchCredit(items, attempt(50_000, ['7', '8', '9']))).toBeNull();
  });

  it('reads upstream "YYYY-MM-DD HH:MM:SS" times as UTC', () => {
    const item = { id: '1', created_at: '2026-03-10 10:00:05', type: 'credit' as const, amount: 500 };
    expect(matchCredit([item], attempt(50_000))?.id).toBe('1');
  });
});
