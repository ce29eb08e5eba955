import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '@/lib/audit/log';
import { can, ROLES, type Role } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/users';
import { serverActionInventory } from '@/lib/testing/server-action-inventory';

/**
 * Every server action in the codebase, loaded from its real module, run through the real
 * pipeline with fake sessions: an authorization matrix generated from the permission matrix
 * (every action × anonymous and every role × own vs another client's id) and a fuzz of raw
 * arguments. `run` is replaced by a recorder, so a refusal provably happens before any work
 * and no upstream call is ever made here.
 */
type Entry = {
  layer: 'staffAction' | 'clientAction' | 'publicAction' | 'defineAction';
  // biome-ignore lint/suspicious/noExplicitAny: specs of every input type share the registry
  spec: any;
  calls: unknown[];
  action: (first?: unknown, second?: unknown) => Promise<{ ok: boolean; message?: string }>;
};
const g = globalThis as unknown as { __actions: Entry[]; __who: SessionUser | null; __audits: AuditEntry[] };
g.__actions = [];
g.__audits = [];
g.__who = null;

vi.mock('@/lib/action', async () => {
  const core = await import('@/lib/action-core');
  const layers = core.createActionFactory({
    getUser: async () => g.__who,
    getRequestMeta: async () => ({ requestId: 'req-matrix-000000', ip: '203.0.113.9' }),
    audit: async (e) => {
      g.__audits.push(e);
    },
    logError: () => {},
    isControlFlow: () => false,
  });
  const wrap =
    (layer: Entry['layer']) =>
    // biome-ignore lint/suspicious/noExplicitAny: see Entry
    (spec: any) => {
      const entry = { layer, spec, calls: [] as unknown[] } as Entry;
      const recorded = {
        ...spec,
        run: async (input: unknown) => {
          entry.calls.push(input);
          return null;
        },
        after: undefined,
        successMessage: undefined,
        // Address limits are tested with the rate limiter; here every call is let through.
        throttle: spec.throttle ? async () => ({ ok: true }) : undefined,
      };
      entry.action = layers[layer](recorded) as Entry['action'];
      g.__actions.push(entry);
      return entry.action;
    };
  return {
    staffAction: wrap('staffAction'),
    clientAction: wrap('clientAction'),
    publicAction: wrap('publicAction'),
    defineAction: wrap('defineAction'),
  };
});

// next-auth does not load under Vitest (it imports next/server without an extension); the
// pipeline reads the session through getUser above, so the auth config is not needed here.
vi.mock('@/lib/auth/config', () => {
  class CredentialsSignin extends Error {}
  return {
    InvalidCredentials: class extends CredentialsSignin {},
    ThrottledSignIn: class extends CredentialsSignin {},
    handlers: {},
    auth: async () => null,
    signIn: async () => undefined,
    signOut: async () => undefined,
  };
});
vi.mock('next-auth', () => ({
  AuthError: class AuthError extends Error {},
  CredentialsSignin: class extends Error {},
}));

const ROOT = path.resolve(import.meta.dirname, '../..');
const OWN = 'CLOWN0000001';
const OTHER = 'CLOTHER00002';
const user = (role: Role): SessionUser => ({
  id: `u-${role}`,
  email: `${role}@matrix.test`,
  name: role,
  role,
  clientId: role === 'client' ? OWN : null,
});

beforeAll(async () => {
  const files = [...new Set(serverActionInventory(ROOT).map((e) => e.file))].filter((f) => !f.includes('/('));
  const grouped = [...new Set(serverActionInventory(ROOT).map((e) => e.file))].filter((f) => f.includes('/('));
  for (const f of [...files, ...grouped]) await import(/* @vite-ignore */ path.join(ROOT, f));
}, 120_000);

const signedIn = () => g.__actions.filter((a) => a.layer !== 'publicAction');
const denied = (r: { ok: boolean; message?: string }) =>
  !r.ok && /permission|sign in again|session has ended/i.test(r.message ?? '');

describe('authorization matrix over every server action', () => {
  it('found the codebase actions', () => {
    expect(g.__actions.length).toBeGreaterThan(40);
  });

  it('anonymous callers are refused by every signed-in action, before any work', async () => {
    g.__who = null;
    for (const a of signedIn()) {
      const r = await a.action({ client_id: OWN });
      expect(denied(r), `${a.spec.name} let an anonymous caller through: ${JSON.stringify(r)}`).toBe(true);
      expect(a.calls).toHaveLength(0);
    }
  });

  for (const role of ROLES) {
    it(`${role}: refused exactly where the matrix says, and never for another client's id`, async () => {
      g.__who = user(role);
      const gaps: string[] = [];
      for (const a of signedIn()) {
        const allowed = can(role, a.spec.permission) && !(a.layer === 'staffAction' && role === 'client');
        const own = await a.action({ client_id: role === 'client' ? OWN : OTHER });
        if (allowed === denied(own)) gaps.push(`${a.spec.name}: expected ${allowed ? 'allowed' : 'refused'}`);
        if (role === 'client' && allowed) {
          const other = await a.action({ client_id: OTHER, clientId: OTHER });
          if (!denied(other)) gaps.push(`${a.spec.name}: a client user reached another client`);
        }
        if (!allowed && a.calls.length > 0) gaps.push(`${a.spec.name}: ran although refused`);
        a.calls.length = 0;
      }
      expect(gaps).toEqual([]);
    });
  }
});

// Raw argument shapes a script or a fuzzer might send: not FormData, arrays, huge strings,
// unicode, prototype keys, nested junk, and FormData with arbitrary fields.
const rawArg = fc.oneof(
  fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 3 }),
  fc.array(fc.string()),
  fc.string({ unit: 'binary', maxLength: 2000 }),
  fc.constant('x'.repeat(200_000)),
  fc.dictionary(
    fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'client_id', 'toString'), fc.string()),
    fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer(), fc.constant(null), fc.object()),
  ),
  fc
    .array(fc.tuple(fc.oneof(fc.string(), fc.constantFrom('client_id', '$ACTION_ID_x', '__proto__')), fc.string()), {
      maxLength: 8,
    })
    .map((pairs) => {
      const fd = new FormData();
      for (const [k, v] of pairs) fd.append(k, v);
      return fd;
    }),
);

describe('fuzz: arbitrary raw arguments into every server action', () => {
  it('never throws, never leaks internals, runs only on input its schema accepts', async () => {
    const runsPer = Number(process.env.FUZZ_RUNS_PER_ACTION ?? 1000);
    for (const a of g.__actions) {
      for (const who of a.layer === 'publicAction' ? [null] : [user('owner'), user('client')]) {
        g.__who = who;
        await fc.assert(
          fc.asyncProperty(rawArg, fc.boolean(), async (arg, asFormState) => {
            a.calls.length = 0;
            const r = asFormState ? await a.action({ ok: false }, arg) : await a.action(arg);
            expect(typeof r.ok).toBe('boolean');
            const text = JSON.stringify(r);
            expect(text).not.toMatch(/\bat [\w.<>]+ \(|TypeError|ReferenceError|ZodError|node_modules|SQLITE|stack/);
            for (const input of a.calls) expect(a.spec.schema.safeParse(input).success).toBe(true);
          }),
          { numRuns: runsPer },
        );
      }
    }
  }, 600_000);
});
