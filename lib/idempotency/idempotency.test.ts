import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type DB, migrateToLatest } from '@/lib/db';
import { UserError } from '@/lib/errors';
import { type AttemptSpec, KEY_REUSED, reconcileOpenAttempts, requestHash, runOnce } from './index';

class Unknown extends Error {}
class Refused extends Error {}

type Input = { number: string };
let db: DB;
let calls: number;
let upstreamOwned: Set<string>;

beforeEach(async () => {
  db = await createDb({ kind: 'sqlite', file: ':memory:' });
  await migrateToLatest(db);
  calls = 0;
  upstreamOwned = new Set();
});
afterEach(() => db.destroy());

function spec(over: Partial<AttemptSpec<Input, { did: string }>> = {}): AttemptSpec<Input, { did: string }> {
  return {
    key: 'key-1',
    action: 'numbers.buy',
    userId: 'u1',
    clientId: 'C1',
    input: { number: '+911140000001' },
    execute: async (input) => {
      calls++;
      upstreamOwned.add(input.number);
      return { did: `did-${calls}` };
    },
    reconcile: async (input) =>
      upstreamOwned.has(input.number) ? { happened: true, value: { did: 'found' } } : { happened: false },
    isOutcomeUnknown: (e) => e instanceof Unknown,
    describeFailure: (e) => (e instanceof Refused ? { message: e.message } : null),
    ...over,
  };
}

const statusOf = async (key: string) =>
  (await db.selectFrom('idempotency').select('status').where('key', '=', key).executeTakeFirst())?.status;

describe('runOnce', () => {
  it('runs the first call and records it as succeeded', async () => {
    const out = await runOnce(db, spec());
    expect(out).toEqual({ state: 'succeeded', value: { did: 'did-1' }, replay: false });
    expect(calls).toBe(1);
    expect(await statusOf('key-1')).toBe('succeeded');
  });

  it('answers a repeat of the key with the stored result and no upstream call', async () => {
    await runOnce(db, spec());
    const again = await runOnce(db, spec());
    expect(again).toEqual({ state: 'succeeded', value: { did: 'did-1' }, replay: true });
    expect(calls).toBe(1);
  });

  it('records the attempt before calling upstream', async () => {
    let seen: string | undefined;
    await runOnce(
      db,
      spec({
        execute: async () => {
          seen = await statusOf('key-1');
          return { did: 'x' };
        },
      }),
    );
    expect(seen).toBe('pending');
  });

  it('lets only one of two concurrent same-key attempts call upstream', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const slow = spec({
      execute: async () => {
        calls++;
        await gate;
        return { did: 'only' };
      },
    });
    const both = Promise.all([runOnce(db, slow), runOnce(db, slow)]);
    setTimeout(release, 20);
    const results = await both;
    expect(calls).toBe(1);
    expect(results.map((r) => r.state).sort()).toEqual(['pending', 'succeeded']);
    expect(results.find((r) => r.state === 'pending')).toMatchObject({ inProgress: true });
    expect(await runOnce(db, slow)).toMatchObject({ state: 'succeeded', value: { did: 'only' }, replay: true });
  });

  it('refuses a key reused for another input, or by another user', async () => {
    await runOnce(db, spec());
    await expect(runOnce(db, spec({ input: { number: '+911140000002' } }))).rejects.toThrow(KEY_REUSED);
    await expect(runOnce(db, spec({ userId: 'u2' }))).rejects.toBeInstanceOf(UserError);
    expect(calls).toBe(1);
  });

  it('stores a definite failure and replays it without calling again', async () => {
    const failing = spec({
      execute: async () => {
        calls++;
        throw new Refused('Balance too low');
      },
    });
    expect(await runOnce(db, failing)).toEqual({
      state: 'failed',
      failure: { message: 'Balance too low' },
      replay: false,
    });
    expect(await runOnce(db, failing)).toMatchObject({ state: 'failed', replay: true });
    expect(calls).toBe(1);
  });

  it('frees the key when an error is neither a known failure nor an unknown outcome', async () => {
    const boom = spec({
      execute: async () => {
        throw new Error('bug');
      },
    });
    await expect(runOnce(db, boom)).rejects.toThrow('bug');
    expect(await statusOf('key-1')).toBeUndefined();
  });

  describe('after an unknown outcome', () => {
    const timingOut = (tookEffect: boolean) =>
      spec({
        execute: async (input) => {
          calls++;
          if (tookEffect) upstreamOwned.add(input.number);
          throw new Unknown('timeout');
        },
      });

    it('reports pending, then reconciles to succeeded when upstream shows it happened', async () => {
      expect(await runOnce(db, timingOut(true))).toEqual({ state: 'pending', inProgress: false, replay: false });
      expect(await statusOf('key-1')).toBe('unknown');
      const again = await runOnce(db, timingOut(true));
      expect(again).toEqual({ state: 'succeeded', value: { did: 'found' }, replay: true });
      expect(calls).toBe(1);
    });

    it('reconciles to failed when upstream shows it did not happen, and a new key may try again', async () => {
      await runOnce(db, timingOut(false));
      expect(await runOnce(db, timingOut(false))).toMatchObject({ state: 'failed', replay: true });
      expect(calls).toBe(1);
      expect(await runOnce(db, spec({ key: 'key-2' }))).toMatchObject({ state: 'succeeded', replay: false });
    });

    it('stays pending while reconciliation cannot reach upstream', async () => {
      await runOnce(db, timingOut(true));
      const down = spec({
        reconcile: async () => {
          throw new Unknown('still down');
        },
      });
      expect(await runOnce(db, down)).toEqual({ state: 'pending', inProgress: false, replay: true });
      expect(await statusOf('key-1')).toBe('unknown');
    });

    it('settles open attempts of the client before another one is allowed', async () => {
      await runOnce(db, timingOut(true));
      const reconcile = spec().reconcile;
      expect(await reconcileOpenAttempts(db, { action: 'numbers.buy', clientId: 'C2', reconcile })).toBe(0);
      expect(await statusOf('key-1')).toBe('unknown');
      expect(await reconcileOpenAttempts(db, { action: 'numbers.buy', clientId: 'C1', reconcile })).toBe(0);
      expect(await statusOf('key-1')).toBe('succeeded');
    });

    it('treats an in-flight record as lost after the stale time', async () => {
      let t = Date.parse('2026-01-01T00:00:00Z');
      const now = () => new Date(t);
      await db
        .insertInto('idempotency')
        .values({
          key: 'key-1',
          action: 'numbers.buy',
          user_id: 'u1',
          client_id: 'C1',
          request_hash: requestHash('numbers.buy', 'C1', { number: '+911140000001' }),
          status: 'pending',
          result: JSON.stringify({ input: { number: '+911140000001' } }),
          created_at: now().toISOString(),
          updated_at: now().toISOString(),
        })
        .execute();
      expect(await runOnce(db, spec({ now }))).toMatchObject({ state: 'pending', inProgress: true });
      t += 10 * 60_000;
      expect(await runOnce(db, spec({ now }))).toMatchObject({ state: 'failed', replay: true });
      expect(calls).toBe(0);
    });
  });
});
