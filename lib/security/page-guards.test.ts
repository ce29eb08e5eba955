import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type Caller,
  expectedAccess,
  fillRoute,
  guardsIn,
  listPages,
  type PageRoute,
  unguardedPages,
} from './page-guards';

const ROOT = path.resolve(import.meta.dirname, '../..');
const pages = listPages(ROOT);
const page = (route: string): PageRoute => {
  const p = pages.find((x) => x.route === route);
  if (!p) throw new Error(`no page ${route}`);
  return p;
};

describe('the app pages', () => {
  it('every page has a guard this module recognises, or is declared public', () => {
    // A failure names the page: give it requireStaff/clientScope/requireWorkspace, or (only if
    // it really is for anyone) add it to PUBLIC_PAGES with the reason.
    expect(unguardedPages(pages)).toEqual([]);
  });

  it('lists the known routes (so it cannot pass by listing nothing)', () => {
    expect(pages.length).toBeGreaterThanOrEqual(60);
    const routes = pages.map((p) => p.route);
    for (const r of [
      '/',
      '/dashboard',
      '/clients',
      '/clients/[clientId]',
      '/clients/[clientId]/agents/[agentId]',
      '/account',
      '/account/wallet',
      '/sign-in',
      '/signup',
      '/sandbox/inbox',
      '/settings/api',
    ])
      expect(routes).toContain(r);
    // Route groups are stripped, and each route appears once.
    expect(routes.filter((r) => r.includes('('))).toEqual([]);
    expect(new Set(routes).size).toBe(routes.length);
  });

  it('reads each kind of guard, following /account re-exports to the console page', () => {
    expect(page('/dashboard').pageGuards).toEqual([{ kind: 'staff', permission: 'dashboard:read' }]);
    expect(page('/settings/api').pageGuards).toEqual([{ kind: 'staff', permission: 'api:manage' }]);
    expect(page('/sandbox/inbox').guards).toEqual([{ kind: 'staff', permission: 'dashboard:read' }]);
    const wallet = page('/account/wallet');
    expect(wallet.source).toBe(path.join('app', '(console)', 'clients', '[clientId]', 'wallet', 'page.tsx'));
    expect(wallet.pageGuards).toEqual([{ kind: 'client-scope', permission: 'wallet:read' }]);
    // The workspace layout's guard first, then the page's.
    expect(wallet.guards[0]).toEqual({ kind: 'workspace' });
    expect(page('/clients/[clientId]/agents').guards).toEqual([
      { kind: 'staff', permission: 'dashboard:read' },
      { kind: 'staff', permission: 'clients:read' },
      // The client layout's "no such client", after its guard and before the page's.
      { kind: 'lookup' },
      { kind: 'client-scope', permission: 'agents:read' },
    ]);
    expect(page('/clients/[clientId]/agents/[agentId]').params).toEqual(['clientId', 'agentId']);
    expect(page('/sign-in').pageGuards).toEqual([{ kind: 'signed-out' }]);
    expect(page('/setup').pageGuards).toEqual([{ kind: 'first-run' }]);
    expect(page('/').pageGuards).toEqual([{ kind: 'home' }]);
    expect(page('/forbidden').pageGuards).toEqual([{ kind: 'public' }]);
    expect(page('/account').title).toBe('Your account');
  });
});

describe('guard detection', () => {
  it('ignores unknown permissions and other calls', () => {
    expect(guardsIn(`await requireStaff('numbers:read'); await requireStaff();`)).toEqual([
      { kind: 'staff', permission: 'numbers:read' },
      { kind: 'staff', permission: 'dashboard:read' },
    ]);
    expect(guardsIn(`await requireStaff('numbers:reed')`)).toEqual([]);
    expect(guardsIn(`const user = await getSessionUser(); guardMetadata('clients:read')`)).toEqual([]);
    expect(guardsIn(`clientScope(params, 'bots:write')`)).toEqual([{ kind: 'client-scope', permission: 'bots:write' }]);
  });

  const tmp = mkdtempSync(path.join(tmpdir(), 'page-guards-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
    writeFileSync(path.join(tmp, rel), text);
  };

  it('names a new page without a guard, and follows a re-export to a guarded one', () => {
    write('app/(console)/layout.tsx', `export default async function L() { await requireStaff(); }`);
    write('app/(console)/reports/page.tsx', `export default async function P() { return <p>secret</p>; }`);
    write(
      'app/(console)/things/[thingId]/page.tsx',
      `export default async function P() { await requireStaff('bots:read'); }`,
    );
    write(
      'app/(account)/account/things/[thingId]/page.tsx',
      `export { default } from '@/app/(console)/things/[thingId]/page';`,
    );
    write('app/_parts/page.tsx', 'not a route');
    const found = listPages(tmp);
    expect(found.map((p) => p.route).sort()).toEqual(['/account/things/[thingId]', '/reports', '/things/[thingId]']);
    expect(unguardedPages(found)).toEqual([`/reports (${path.join('app', '(console)', 'reports', 'page.tsx')})`]);
    const reexport = found.find((p) => p.route === '/account/things/[thingId]');
    expect(reexport?.pageGuards).toEqual([{ kind: 'staff', permission: 'bots:read' }]);
    // The console layout does not wrap the /account route that reuses the page.
    expect(reexport?.guards).toEqual([{ kind: 'staff', permission: 'bots:read' }]);
  });
});

describe('expected access', () => {
  const anonymous: Caller = { role: null };
  const client: Caller = { role: 'client', clientId: 'CLA' };
  const own = { clientId: 'CLA', exists: true };
  const other = { clientId: 'CLB', exists: true };
  const redirect = (to: string) => ({ outcome: 'redirect', to });

  it('console pages: staff with the permission; end-clients to their account; anonymous to sign-in', () => {
    expect(expectedAccess(page('/dashboard'), { role: 'viewer' })).toEqual({ outcome: 'page' });
    expect(expectedAccess(page('/dashboard'), client)).toEqual(redirect('/account'));
    expect(expectedAccess(page('/dashboard'), anonymous)).toEqual(redirect('/sign-in'));
    expect(expectedAccess(page('/settings'), { role: 'viewer' })).toEqual(redirect('/forbidden'));
    expect(expectedAccess(page('/settings/api'), { role: 'admin' })).toEqual(redirect('/forbidden'));
    expect(expectedAccess(page('/settings/api'), { role: 'owner' })).toEqual({ outcome: 'page' });
    expect(expectedAccess(page('/audit'), { role: 'operations' })).toEqual(redirect('/forbidden'));
    expect(expectedAccess(page('/clients/[clientId]/bots/[botId]'), { role: 'billing' }, other)).toEqual(
      redirect('/forbidden'),
    );
    expect(expectedAccess(page('/clients/[clientId]/bots/[botId]'), { role: 'operations' }, other)).toEqual({
      outcome: 'page',
    });
    // The client layout answers an unknown client before the page's own guard runs.
    expect(
      expectedAccess(page('/clients/[clientId]/bots/[botId]'), { role: 'billing' }, { clientId: 'X', exists: false }),
    ).toEqual({ outcome: 'not-found' });
    expect(expectedAccess(page('/clients/[clientId]/bots/[botId]'), client, { clientId: 'X', exists: false })).toEqual(
      redirect('/account'),
    );
    // A client user never reaches /clients/<id>, its own id included.
    expect(expectedAccess(page('/clients/[clientId]/numbers'), client, own)).toEqual(redirect('/account'));
  });

  it('the workspace: a client user its own client only; staff only while acting, within their role', () => {
    expect(expectedAccess(page('/account/agents'), client)).toEqual({ outcome: 'page' });
    expect(expectedAccess(page('/account/agents/[agentId]'), client, own)).toEqual({ outcome: 'page' });
    expect(expectedAccess(page('/account/agents/[agentId]'), client, other)).toEqual({ outcome: 'not-found' });
    expect(expectedAccess(page('/account/agents'), { role: 'owner' })).toEqual(redirect('/dashboard'));
    expect(expectedAccess(page('/account/agents'), anonymous)).toEqual(redirect('/sign-in'));
    const acting: Caller = { role: 'operations', actingAs: 'CLB' };
    expect(expectedAccess(page('/account/agents/[agentId]'), acting, other)).toEqual({ outcome: 'page' });
    expect(expectedAccess(page('/account/agents/[agentId]'), acting, own)).toEqual({ outcome: 'not-found' });
    // Acting changes the workspace only: console pages stay the staff member's.
    expect(expectedAccess(page('/onboarding/[draftId]'), acting, { clientId: '', exists: true })).toEqual({
      outcome: 'page',
    });
    expect(expectedAccess(page('/clients/[clientId]/agents/[agentId]'), acting, own)).toEqual({ outcome: 'page' });
    // Billing may not act as a client: an acting cookie opens nothing for it.
    expect(expectedAccess(page('/account'), { role: 'billing', actingAs: 'CLB' })).toEqual(redirect('/dashboard'));
  });

  it('public pages, sign-in, setup and the start page', () => {
    expect(expectedAccess(page('/sign-in'), anonymous)).toEqual({ outcome: 'page' });
    expect(expectedAccess(page('/sign-in'), client)).toEqual(redirect('/'));
    expect(expectedAccess(page('/setup'), anonymous)).toEqual(redirect('/sign-in'));
    expect(expectedAccess(page('/setup'), anonymous, undefined, { usersExist: false })).toEqual({ outcome: 'page' });
    expect(expectedAccess(page('/'), client)).toEqual(redirect('/account'));
    expect(expectedAccess(page('/'), { role: 'billing' })).toEqual(redirect('/dashboard'));
    expect(expectedAccess(page('/invite/[token]'), client, { clientId: '', exists: false })).toEqual({
      outcome: 'page',
    });
    expect(expectedAccess(page('/sandbox/inbox'), client)).toEqual(redirect('/account'));
    expect(expectedAccess(page('/onboarding/[draftId]'), { role: 'owner' }, { clientId: '', exists: false })).toEqual({
      outcome: 'not-found',
    });
  });

  it('fills routes', () => {
    expect(fillRoute('/clients/[clientId]/agents/[agentId]', { clientId: 'CL 1', agentId: '7' })).toBe(
      '/clients/CL%201/agents/7',
    );
    expect(() => fillRoute('/x/[id]', {})).toThrow('[id]');
  });
});
