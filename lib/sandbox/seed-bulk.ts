import type { SandboxDB as DB } from '@/lib/sandbox/schema';
import { prng } from './did-inventory';
import { reserveIds } from './ids';
import { ymdHis } from './util';

const DAY = 86_400_000;
const FIRST = [
  'Agarwal',
  'Bhatt',
  'Chopra',
  'Desai',
  'Fernandes',
  'Ghosh',
  'Hegde',
  'Jain',
  'Kapoor',
  'Menon',
  'Naidu',
  'Pillai',
  'Saxena',
  'Thakur',
  'Verma',
];
const SECOND = [
  'Traders',
  'Enterprises',
  'Textiles',
  'Foods',
  'Logistics',
  'Clinic',
  'Motors',
  'Exports',
  'Tutorials',
  'Realty',
];
const EXPENSES = ['call', 'sms', 'whatsapp', 'did_rental'] as const;

async function inBatches<T>(rows: T[], size: number, insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * A large tenant for scale work: multi-row inserts in one transaction (10k clients and
 * 100k transactions take seconds on SQLite). Deterministic for a given run size and `now`.
 */
export async function seedBulk(ctx: { db: DB; now: () => Date }, nClients: number, nTransactions: number) {
  const now = ctx.now().getTime();
  const rand = prng(424242 + nClients);
  const runTag = (await reserveIds(ctx, 'bulk', 1)).toString(36).toUpperCase().padStart(2, '0');
  return ctx.db.transaction().execute(async (trx) => {
    const clients = Array.from({ length: nClients }, (_, i) => {
      const created = new Date(now - (400 - Math.floor((i / Math.max(nClients, 1)) * 390)) * DAY).toISOString();
      const name = `${FIRST[i % FIRST.length]} ${SECOND[Math.floor(i / FIRST.length) % SECOND.length]} ${i + 1}`;
      return {
        client_id: `CLB${runTag}${String(i).padStart(7, '0')}`.slice(0, 12),
        name,
        email: `client${runTag.toLowerCase()}-${i + 1}@bulk.example.in`,
        mobile: `6${String(100_000_000 + ((i * 7919) % 900_000_000)).padStart(9, '0')}`,
        country_code: '+91',
        status: i % 23 === 0 ? '0' : '1',
        valid_till: ymdHis(new Date(now + (Math.floor(rand() * 400) - 30) * DAY)),
        created_at: created,
        updated_at: created,
        kyc: '{}',
      };
    });
    await inBatches(clients, 500, (b) => trx.insertInto('sbx_clients').values(b).execute());

    if (nClients > 0 && nTransactions > 0) {
      const firstId = await reserveIds({ db: trx }, 'txn', nTransactions);
      const balances = new Map<string, number>();
      const span = 365 * DAY;
      const rows = Array.from({ length: nTransactions }, (_, k) => {
        const client = clients[k % nClients];
        const before = balances.get(client.client_id) ?? 0;
        // First entry per client (and any that would go negative) is a recharge.
        const amount = (50 + Math.floor(rand() * 2000)) * 100;
        const isCredit = before < amount;
        const value = isCredit ? amount * 5 : amount;
        const after = before + (isCredit ? value : -value);
        balances.set(client.client_id, after);
        const id = firstId + k;
        return {
          id: String(id),
          seq: id,
          client_id: client.client_id,
          created_at: new Date(now - span + Math.floor((span * k) / nTransactions)).toISOString(),
          type: isCredit ? 'credit' : 'debit',
          expense_type: isCredit ? 'recharge' : EXPENSES[Math.floor(rand() * EXPENSES.length)],
          amount: value,
          balance_after: after,
          did: null,
          description: isCredit ? 'Wallet recharge' : 'Usage',
        };
      });
      await inBatches(rows, 1000, (b) => trx.insertInto('sbx_wallet_transactions').values(b).execute());
    }
    return { clients: nClients, transactions: nClients > 0 ? nTransactions : 0 };
  });
}
