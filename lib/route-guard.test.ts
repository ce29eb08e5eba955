import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '@/lib/auth/users';

let current: SessionUser | null = null;
vi.mock('@/lib/auth/session', () => ({ getSessionUser: async () => current }));
vi.mock('@/lib/log', () => ({ log: { error: vi.fn() } }));

const { defineRoute } = await import('./route-guard');

const staff: SessionUser = { id: 'u1', email: 'o@x.test', name: 'O', role: 'owner', clientId: null };
const clientUser: SessionUser = { ...staff, id: 'u2', role: 'client', clientId: 'CL1' };
const ctx = { params: Promise.resolve({}) };

describe('defineRoute', () => {
  beforeEach(() => {
    current = null;
  });

  it('answers 401 without a session and 403 for a client user on a staff-only route', async () => {
    const handler = vi.fn(async () => 'x');
    const GET = defineRoute({ permission: 'clients:read', staffOnly: true, handler });
    expect((await GET(new Request('http://t/x'), ctx)).status).toBe(401);
    current = clientUser;
    expect((await GET(new Request('http://t/x'), ctx)).status).toBe(403);
    expect(handler).not.toHaveBeenCalled();
  });

  it('sends data as {data} JSON and a ready Response as it is, both no-store', async () => {
    current = staff;
    const json = defineRoute({ permission: 'clients:read', handler: async () => ({ n: 1 }) });
    const r1 = await json(new Request('http://t/x'), ctx);
    expect(await r1.json()).toEqual({ data: { n: 1 } });
    expect(r1.headers.get('cache-control')).toBe('no-store');
    const csv = defineRoute({
      permission: 'clients:read',
      handler: async () => new Response('a,b\n', { headers: { 'Content-Type': 'text/csv' } }),
    });
    const r2 = await csv(new Request('http://t/x'), ctx);
    expect(r2.headers.get('content-type')).toBe('text/csv');
    expect(r2.headers.get('cache-control')).toBe('no-store');
    expect(await r2.text()).toBe('a,b\n');
  });

  it("scopes a client user to its own client's id", async () => {
    current = clientUser;
    const GET = defineRoute<{ clientId: string }>({
      permission: 'clients:read',
      clientId: (_req, p) => p.clientId,
      handler: async (_req, c) => c.clientId,
    });
    expect((await GET(new Request('http://t/x'), { params: Promise.resolve({ clientId: 'CL2' }) })).status).toBe(403);
    const ok = await GET(new Request('http://t/x'), { params: Promise.resolve({ clientId: 'CL1' }) });
    expect(await ok.json()).toEqual({ data: 'CL1' });
  });

  it('hides an unexpected error behind a reference (500, no internals)', async () => {
    current = staff;
    const GET = defineRoute({
      permission: 'clients:read',
      handler: async () => {
        throw new Error('db exploded');
      },
    });
    const r = await GET(new Request('http://t/x'), ctx);
    expect(r.status).toBe(500);
    expect(JSON.stringify(await r.json())).not.toContain('exploded');
  });
});
