import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { can, ROLES, type Role } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/users';

/**
 * Every guarded GET route handler (defineRoute), loaded from its real module, × anonymous and
 * every role × another client's id in the path and the query: refused exactly where the
 * permission matrix says, and a `client` user's handler only ever sees its own client id.
 * The handler is replaced by a recorder, so nothing upstream is called.
 */
type Recorded = {
  file: string;
  // biome-ignore lint/suspicious/noExplicitAny: every route's spec shares the registry
  spec: any;
  calls: { clientId: string | null }[];
  GET: (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
};
const g = globalThis as unknown as { __routes: Recorded[]; __who: SessionUser | null; __file: string };
g.__routes = [];
g.__who = null;

vi.mock('@/lib/auth/session', () => ({
  getSessionUser: async () => g.__who,
  requireUser: async () => g.__who,
  requireStaff: async () => g.__who,
}));
vi.mock('@/lib/route-guard', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/route-guard')>();
  return {
    ...real,
    // biome-ignore lint/suspicious/noExplicitAny: see Recorded
    defineRoute: (spec: any) => {
      const entry = { file: g.__file, spec, calls: [] } as unknown as Recorded;
      entry.GET = real.defineRoute({
        ...spec,
        handler: async (_req: Request, ctx: { clientId: string | null }) => {
          entry.calls.push({ clientId: ctx.clientId });
          return { recorded: true };
        },
      }) as Recorded['GET'];
      g.__routes.push(entry);
      return entry.GET;
    },
  };
});

const ROOT = path.resolve(import.meta.dirname, '../..');
const ROUTES = [
  'app/(console)/settings/api/openapi.json/route.ts',
  'app/(console)/clients/export/route.ts',
  'app/api/agents/live/route.ts',
  'app/api/wallet/[clientId]/transactions.csv/route.ts',
  'app/api/clients/search/route.ts',
  'app/(console)/audit/export/route.ts',
  'app/api/masking/[clientId]/sessions/route.ts',
  'app/api/masking/[clientId]/sessions/[sessionId]/records/route.ts',
];
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
  // Every route handler file that uses the guard must be listed above (a new one fails here).
  const all = (readdirSync(path.join(ROOT, 'app'), { recursive: true }) as string[])
    .filter((f) => f.endsWith('route.ts'))
    .map((f) => path.join('app', f))
    .filter((f) => readFileSync(path.join(ROOT, f), 'utf8').includes('defineRoute'));
  expect(all.sort()).toEqual([...ROUTES].sort());
  for (const f of ROUTES) {
    g.__file = f;
    await import(/* @vite-ignore */ path.join(ROOT, f));
  }
}, 120_000);

const call = (r: Recorded) =>
  r.GET(new Request(`http://localhost/x?client_id=${OTHER}&clientId=${OTHER}&q=a`), {
    params: Promise.resolve({ clientId: OTHER }),
  });

describe('authorization matrix over every guarded route handler', () => {
  it('loaded them all', () => expect(g.__routes.length).toBe(ROUTES.length));

  it('anonymous: 401 everywhere, handler never run', async () => {
    g.__who = null;
    for (const r of g.__routes) {
      expect((await call(r)).status, r.file).toBe(401);
      expect(r.calls).toHaveLength(0);
    }
  });

  for (const role of ROLES) {
    it(`${role}: refused exactly where the matrix says; a client user never reaches another client`, async () => {
      g.__who = user(role);
      const gaps: string[] = [];
      for (const r of g.__routes) {
        r.calls.length = 0;
        const allowed = can(role, r.spec.permission) && !(r.spec.staffOnly && role === 'client');
        const res = await call(r);
        if (!allowed && res.status !== 403) gaps.push(`${r.file}: ${res.status} where refused was expected`);
        if (allowed && role !== 'client' && res.status !== 200) gaps.push(`${r.file}: ${res.status} where allowed`);
        if (role === 'client' && r.calls.some((c) => c.clientId !== OWN)) gaps.push(`${r.file}: reached ${OTHER}`);
      }
      expect(gaps).toEqual([]);
    });
  }
});
