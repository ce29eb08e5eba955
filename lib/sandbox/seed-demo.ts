import type { SandboxDB as DB } from '@/lib/sandbox/schema';
import { createClientRecord } from './clients-store';
import { ensureDidInventory, prng } from './did-inventory';
import { nextId } from './ids';
import { ymdHis } from './util';

const DAY = 86_400_000;

/** The demo tenant: a handful of recognisable situations for staff training and e2e. */
export const DEMO_CLIENTS = [
  {
    name: 'Sharma Textiles Pvt Ltd',
    email: 'accounts@sharmatextiles.in',
    mobile: '9810012345',
    dids: 3,
    validDays: 300,
  },
  { name: 'Gupta Logistics', email: 'ops@guptalogistics.in', mobile: '9820023456', dids: 2, validDays: 200 },
  {
    name: 'Kaveri Foods LLP',
    email: 'hello@kaverifoods.in',
    mobile: '9845034567',
    dids: 1,
    validDays: 120,
    lowBalance: true,
  },
  { name: 'Patel Pharma Distributors', email: 'support@patelpharma.in', mobile: '9825045678', dids: 2, validDays: 5 },
  {
    name: 'Iyer & Sons Hardware',
    email: 'iyer.sons@example.in',
    mobile: '9884056789',
    dids: 1,
    validDays: 90,
    inactive: true,
  },
  { name: 'Mehta Realty', email: 'sales@mehtarealty.in', mobile: '9833067890', dids: 1, validDays: 365 },
] as const;

export const demoClientId = (i: number) => `CLDEMO${String(i + 1).padStart(6, '0')}`;

const EXPENSES = [
  { type: 'call', min: 50, max: 2500, text: 'Outbound call minutes' },
  { type: 'sms', min: 20, max: 500, text: 'SMS pack' },
  { type: 'whatsapp', min: 80, max: 1500, text: 'WhatsApp conversations' },
] as const;

type Ctx = { db: DB; now: () => Date };

/** Demo clients with DIDs and about 50 wallet transactions each (deterministic per `now`). */
export async function seedDemoClients(ctx: Ctx): Promise<string[]> {
  await ensureDidInventory(ctx.db);
  const now = ctx.now().getTime();
  const ids: string[] = [];
  for (const [i, c] of DEMO_CLIENTS.entries()) {
    const clientId = demoClientId(i);
    const rand = prng(1000 + i);
    const created = now - (120 - i * 5) * DAY;
    const at = (t: number) => ({ db: ctx.db, now: () => new Date(t) });
    await createClientRecord(at(created), {
      clientId,
      name: c.name,
      email: c.email,
      mobile: c.mobile,
      status: 'inactive' in c && c.inactive ? '0' : '1',
      validTill: ymdHis(new Date(now + c.validDays * DAY)),
      kyc: {
        pan_masked: 'AB•••••34F',
        btype: 'company',
        aadhaar_last4: String(1000 + i * 1111).slice(-4),
        gst_skipped: i % 2 === 1,
      },
    });
    ids.push(clientId);

    // Ledger in time order so balance_after is a true running balance.
    let balance = 0;
    const entries: {
      t: number;
      type: 'credit' | 'debit';
      expense: string;
      amount: number;
      did: string | null;
      text: string;
    }[] = [];
    const credit = (t: number, rupeesAmount: number) => {
      entries.push({
        t,
        type: 'credit',
        expense: 'recharge',
        amount: rupeesAmount * 100,
        did: null,
        text: 'Wallet recharge',
      });
      balance += rupeesAmount * 100;
    };
    credit(created + 3_600_000, 20_000);

    const regionId = String((i % 6) + 1);
    const numbers = await ctx.db
      .selectFrom('sbx_dids')
      .select(['number', 'setup_cost'])
      .where('region_id', '=', regionId)
      .where('status', '=', 'available')
      .orderBy('number')
      .offset(i * 7)
      .limit(c.dids)
      .execute();
    const owned: string[] = [];
    for (const [k, d] of numbers.entries()) {
      const t = created + (k + 1) * 2 * 3_600_000;
      entries.push({
        t,
        type: 'debit',
        expense: 'did_setup',
        amount: Number(d.setup_cost),
        did: d.number,
        text: `Setup of DID ${d.number}`,
      });
      balance -= Number(d.setup_cost);
      owned.push(d.number);
      await ctx.db
        .updateTable('sbx_dids')
        .set({
          client_id: clientId,
          did_id: await nextId(ctx, 'did'),
          status: 'active',
          purchased_at: new Date(t).toISOString(),
        })
        .where('number', '=', d.number)
        .execute();
    }

    for (let n = 0; n < 48; n++) {
      const t = created + DAY + Math.floor(((now - created - 2 * DAY) * n) / 48 + rand() * 3_600_000);
      const e = EXPENSES[Math.floor(rand() * EXPENSES.length)];
      const amount = (e.min + Math.floor(rand() * (e.max - e.min))) * 100;
      if (balance - amount < 5_000) credit(t - 60_000, 5_000 + Math.floor(rand() * 10) * 1_000);
      const did = e.type === 'call' && owned.length ? owned[Math.floor(rand() * owned.length)] : null;
      entries.push({ t, type: 'debit', expense: e.type, amount, did, text: e.text });
      balance -= amount;
    }
    // Kaveri Foods runs low: one big spend right at the end leaves about ₹120.
    if ('lowBalance' in c && c.lowBalance && balance > 12_000) {
      entries.push({
        t: now - DAY,
        type: 'debit',
        expense: 'call',
        amount: balance - 12_000,
        did: owned[0] ?? null,
        text: 'Campaign call minutes',
      });
      balance = 12_000;
    }

    let running = 0;
    for (const e of entries.sort((a, b) => a.t - b.t)) {
      running += e.type === 'credit' ? e.amount : -e.amount;
      const id = await nextId(ctx, 'txn');
      await ctx.db
        .insertInto('sbx_wallet_transactions')
        .values({
          id,
          seq: Number(id),
          client_id: clientId,
          created_at: new Date(e.t).toISOString(),
          type: e.type,
          expense_type: e.expense,
          amount: e.amount,
          balance_after: running,
          did: e.did,
          description: e.text,
        })
        .execute();
    }
  }
  return ids;
}
