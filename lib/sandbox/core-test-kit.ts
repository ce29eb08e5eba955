import { expect } from 'vitest';
import { createDb, migrateToLatest } from '@/lib/db';
import { createClientRecord } from '@/lib/sandbox/clients-store';
import { type SandboxContext, SandboxError } from '@/lib/sandbox/core';
import { handlers } from '@/lib/sandbox/handlers';
import { migrateSandbox } from '@/lib/sandbox/migrations';
import { listInbox } from '@/lib/sandbox/otp-store';
import { asSandboxDb, type SandboxDB as DB } from '@/lib/sandbox/schema';
import { postTransaction } from '@/lib/sandbox/wallet-store';

/** Test-only helpers for the core handlers: fresh in-memory DB, movable clock, call by name. */
export type CoreKit = {
  ctx: SandboxContext;
  db: DB;
  advance: (ms: number) => void;
  call: (name: string, body?: Record<string, unknown>, params?: Record<string, string>) => Promise<any>;
  /** Expects the call to throw SandboxError with `status`; returns the error. */
  fail: (
    status: number,
    name: string,
    body?: Record<string, unknown>,
    params?: Record<string, string>,
  ) => Promise<SandboxError>;
  latestCode: (to: string, purpose?: string) => Promise<string>;
  close: () => Promise<void>;
};

export const T0 = new Date('2025-08-01T10:00:00.000Z');

export async function makeCoreKit(start = T0): Promise<CoreKit> {
  const db = asSandboxDb(await createDb({ kind: 'sqlite', file: ':memory:' }));
  await migrateToLatest(db);
  await migrateSandbox(db);
  let now = start.getTime();
  const ctx: SandboxContext = { db, now: () => new Date(now), requestId: 'test' };
  const call: CoreKit['call'] = async (name, body = {}, params = {}) => (await handlers[name](ctx, body, params)).data;
  return {
    ctx,
    db,
    advance: (ms) => {
      now += ms;
    },
    call,
    fail: async (status, name, body = {}, params = {}) => {
      const err = await call(name, body, params).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err, `${name} should fail with ${status}`).toBeInstanceOf(SandboxError);
      expect((err as SandboxError).status).toBe(status);
      return err as SandboxError;
    },
    latestCode: async (to, purpose = 'registration') => {
      const msgs = await listInbox(db, to);
      const m = msgs.find((x) => x.purpose === purpose);
      if (!m) throw new Error(`no ${purpose} code for ${to}`);
      return m.code;
    },
    close: () => db.destroy(),
  };
}

/** An active client with `rupees` in its wallet. */
export async function addFundedClient(kit: CoreKit, clientId: string, rupees = 0): Promise<string> {
  await createClientRecord(kit.ctx, {
    clientId,
    name: `Client ${clientId}`,
    email: `${clientId.toLowerCase()}@example.test`,
    mobile: '9876543210',
  });
  if (rupees > 0) {
    await postTransaction(kit.ctx, {
      clientId,
      type: 'credit',
      expenseType: 'recharge',
      amount: rupees * 100,
      description: 'test',
    });
  }
  return clientId;
}

export const REG = {
  name: 'Acme Corp',
  email: 'ops@acme.test',
  mobile: '9876543210',
  password: 'SecurePass@123',
  country_code: '+91',
};

/** Registers and verifies; returns ids. */
export async function registerVerified(kit: CoreKit, over: Partial<typeof REG> = {}) {
  const reg = { ...REG, ...over };
  const { request_id } = await kit.call('register', reg);
  const { temp_client_id } = await kit.call('verify_otp', {
    request_id,
    emailotp: await kit.latestCode(reg.email),
    mobileotp: await kit.latestCode(reg.mobile),
  });
  return { request_id: request_id as string, temp_client_id: temp_client_id as string, reg };
}
