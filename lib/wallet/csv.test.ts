import { describe, expect, it, vi } from 'vitest';
import { transactionsCsvStream } from './csv';
import type { TransactionsPage } from './queries';

vi.mock('server-only', () => ({}));

/** A fake upstream of `total` transactions, paged as upstream pages them. */
function fakePages(total: number) {
  const calls: number[] = [];
  const fetchPage = async (_id: string, q: { page?: number; limit?: number }): Promise<TransactionsPage> => {
    const page = q.page ?? 1;
    const limit = q.limit ?? 20;
    calls.push(page);
    const from = (page - 1) * limit;
    const n = Math.max(0, Math.min(limit, total - from));
    return {
      items: Array.from({ length: n }, (_, i) => ({
        id: String(from + i + 1),
        createdAt: '2026-11-30 10:00:00',
        type: 'debit' as const,
        expenseType: 'call',
        amountPaise: 150,
        balanceAfterPaise: 1000,
        did: '+911100000001',
        description: i === 0 ? '=HYPERLINK("x")' : 'Call, 1 min',
      })),
      page,
      limit,
      total,
    };
  };
  return { calls, fetchPage };
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  // ignoreBOM keeps the byte-order mark in the text, so the test can see it is there.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

describe('transactions CSV stream', () => {
  it('streams 100,000 rows page by page, with a header and the formula guard', async () => {
    const { calls, fetchPage } = fakePages(100_000);
    const text = await readAll(await transactionsCsvStream('C1', {}, fetchPage));
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(100_001);
    expect(lines[0]).toBe('\uFEFFid,created_at,type,expense_type,amount_inr,balance_after_inr,did,description');
    expect(lines[1]).toBe('1,2026-11-30 10:00:00,debit,call,1.50,10.00,\'+911100000001,"\'=HYPERLINK(""x"")"');
    expect(calls).toHaveLength(1000);
    expect(new Set(calls).size).toBe(1000);
  });

  it('fetches lazily: a reader that stops early stops the upstream calls', async () => {
    const { calls, fetchPage } = fakePages(100_000);
    const reader = (await transactionsCsvStream('C1', {}, fetchPage)).getReader();
    for (let i = 0; i < 3; i++) await reader.read();
    await reader.cancel();
    expect(calls.length).toBeLessThan(6);
  });

  it('an empty filter result is just the header', async () => {
    const { fetchPage } = fakePages(0);
    const text = await readAll(await transactionsCsvStream('C1', { expense_type: 'sms' }, fetchPage));
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});
