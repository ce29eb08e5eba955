import { expect } from 'vitest';
import { createDb, migrateToLatest } from '@/lib/db';
import { createClientRecord } from '@/lib/sandbox/clients-store';
import { type Handler, type SandboxContext, SandboxError } from '@/lib/sandbox/core';
import { migrateSandbox } from '@/lib/sandbox/migrations';
import { asSandboxDb, type SandboxDB as DB } from '@/lib/sandbox/schema';

/** Test-only helpers for the ops handlers' unit tests: a fresh database and a movable clock. */
export type OpsKit = {
  ctx: SandboxContext;
  db: DB;
  advance: (ms: number) => void;
  close: () => Promise<void>;
};

export const T0 = new Date('2025-08-01T10:00:00.000Z');

export async function makeOpsKit(start = T0): Promise<OpsKit> {
  const db = asSandboxDb(await createDb({ kind: 'sqlite', file: ':memory:' }));
  await migrateToLatest(db);
  await migrateSandbox(db);
  let now = start.getTime();
  return {
    ctx: { db, now: () => new Date(now), requestId: 'test' },
    db,
    advance: (ms) => {
      now += ms;
    },
    close: () => db.destroy(),
  };
}

let didSeq = 0;

/** An active client owning the given DIDs (E.164 numbers, e.g. "+911143104501"). */
export async function addClient(ctx: SandboxContext, clientId: string, dids: string[] = []): Promise<string> {
  await createClientRecord(ctx, {
    clientId,
    name: `Client ${clientId}`,
    email: `${clientId.toLowerCase()}@example.test`,
    mobile: '9876543210',
  });
  for (const number of dids) {
    await ctx.db
      .insertInto('sbx_dids')
      .values({
        number,
        national: number.slice(3),
        region_id: '1',
        country_code: '+91',
        setup_cost: 10000,
        monthly_cost: 50000,
        client_id: clientId,
        did_id: String(900 + ++didSeq),
        status: 'active',
        flow_id: null,
        agent_ext: null,
        purchased_at: ctx.now().toISOString(),
      })
      .execute();
  }
  return clientId;
}

/** Runs a handler by endpoint name and returns its data. */
export async function run(
  handlers: Record<string, Handler>,
  name: string,
  ctx: SandboxContext,
  body: Record<string, unknown>,
  params: Record<string, string> = {},
): Promise<any> {
  const handler = handlers[name];
  if (!handler) throw new Error(`no handler ${name}`);
  return (await handler(ctx, body, params)).data;
}

/** Asserts the call fails with `status` (and, if given, errors on `field`); returns the error. */
export async function fails(promise: Promise<unknown>, status: number, field?: string): Promise<SandboxError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SandboxError);
  const e = err as SandboxError;
  expect(e.status, e.message).toBe(status);
  if (field) expect(Object.keys(e.errors ?? {})).toContain(field);
  return e;
}
