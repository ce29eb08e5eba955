import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { can, isStaff, PERMISSIONS, type Permission, type Role } from '../auth/permissions';

/**
 * Every page of the app and the guard it runs, read from the source, and what each caller
 * should get from it according to the permission matrix. Used by the page × role test
 * (e2e/pages-matrix.spec.ts) and checked by its own unit test, which fails on a page whose
 * guard it cannot recognise: a new page cannot ship without one.
 *
 * Pure Node (fs + the matrix), no `server-only` and no Next imports: Playwright loads it too.
 * Relative imports only, for the same reason (the `@/` alias is the bundler's).
 */

/** How a page (or a layout above it) decides who may see it. */
export type PageGuard =
  /** `requireStaff(p)` (lib/auth/session.ts): staff with `p`; end-clients to /account. */
  | { kind: 'staff'; permission: Permission }
  /** `clientScope(params, p)` (lib/scope.ts): staff with `p` under /clients/[clientId], the workspace under /account. */
  | { kind: 'client-scope'; permission: Permission }
  /** `requireWorkspace()` (lib/acting-as): a client user, or staff acting as a client. */
  | { kind: 'workspace' }
  /** `requireUser()`: anyone signed in. */
  | { kind: 'user' }
  /** The start page: staff to the dashboard, end-clients to their account. */
  | { kind: 'home' }
  /** Sign-in: signed-in people are sent to the start page. */
  | { kind: 'signed-out' }
  /** First-owner setup: once any user exists it sends everyone to sign-in. */
  | { kind: 'first-run' }
  /** Open to anyone (listed in PUBLIC_PAGES with the reason). */
  | { kind: 'public' }
  /**
   * Not a guard: a layout's `notFound()` for an id it cannot find (the client layout looks the
   * client up after its own guard), so an unknown id is not-found before the page's guard runs.
   */
  | { kind: 'lookup' };

export type PageRoute = {
  /** The URL pattern, route groups stripped: `/clients/[clientId]/agents`. */
  route: string;
  /** The page file, relative to the repository root. */
  file: string;
  /** The file holding the page's code: the page itself, or what it re-exports. */
  source: string;
  /** Dynamic segments, outermost first. */
  params: string[];
  /** The page's own guards (from `source`); empty means unrecognised. */
  pageGuards: PageGuard[];
  /** Layouts' guards above the page, outermost first, then the page's own. */
  guards: PageGuard[];
  /** The static `metadata.title`, when the page has one. */
  title: string | null;
};

/**
 * Pages open to anyone on purpose. Anything else without a recognised guard is a defect.
 * The reason is part of the list so that adding a page here is a decision, not a shortcut.
 */
export const PUBLIC_PAGES: Record<string, string> = {
  '/forbidden': 'where refused people are sent; says nothing about any data',
  '/signup': "the reseller's public self-onboarding wizard",
  '/invite/[token]': 'the token in the address is the credential (an unknown one says the link no longer works)',
};

const GUARD_PATTERNS: { re: RegExp; make: (m: RegExpMatchArray) => PageGuard | null }[] = [
  { re: /\brequireStaff\(\s*(?:'([^']*)')?\s*\)/g, make: (m) => permissionGuard('staff', m[1] ?? 'dashboard:read') },
  { re: /\bclientScope\(\s*[\w.]+\s*,\s*'([^']*)'\s*\)/g, make: (m) => permissionGuard('client-scope', m[1]) },
  { re: /\brequireWorkspace\(\s*\)/g, make: () => ({ kind: 'workspace' }) },
  { re: /\brequireUser\(\s*\)/g, make: () => ({ kind: 'user' }) },
  {
    re: /\bredirect\(\s*isStaff\(\s*user\.role\s*\)\s*\?\s*'\/dashboard'\s*:\s*'\/account'\s*\)/g,
    make: () => ({ kind: 'home' }),
  },
  { re: /\bif\s*\(\s*user\s*\)\s*redirect\(\s*'\/'\s*\)/g, make: () => ({ kind: 'signed-out' }) },
  {
    re: /\bcountUsers\([^\n]*?>\s*0\s*\)\s*redirect\(\s*'\/sign-in'\s*\)/g,
    make: () => ({ kind: 'first-run' }),
  },
];

function permissionGuard(kind: 'staff' | 'client-scope', permission: string): PageGuard | null {
  // A misspelt permission is not a guard we understand (and would not type-check either).
  return (PERMISSIONS as readonly string[]).includes(permission)
    ? { kind, permission: permission as Permission }
    : null;
}

const LOOKUP = { re: /\bnotFound\(\s*\)/g, make: (): PageGuard => ({ kind: 'lookup' }) };

/** The guards a source file runs, in source order. Unknown permissions are left out. */
export function guardsIn(code: string, opts: { layout?: boolean } = {}): PageGuard[] {
  const found: { at: number; guard: PageGuard }[] = [];
  for (const { re, make } of opts.layout ? [...GUARD_PATTERNS, LOOKUP] : GUARD_PATTERNS) {
    for (const m of code.matchAll(re)) {
      const guard = make(m);
      if (guard) found.push({ at: m.index ?? 0, guard });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.guard);
}

/** `export { default } from '…'` (how /account pages reuse the console's client pages). */
function reExportTarget(root: string, fromFile: string, code: string): string | null {
  const m = /export\s*\{[^}]*\bdefault\b[^}]*\}\s*from\s*'([^']+)'/.exec(code);
  if (!m) return null;
  const spec = m[1];
  const base = spec.startsWith('@/')
    ? path.join(root, spec.slice(2))
    : path.resolve(path.dirname(path.join(root, fromFile)), spec);
  return [`${base}.tsx`, `${base}.ts`, base].find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

const isGroup = (segment: string) => segment.startsWith('(') && segment.endsWith(')');

/** Every `page.tsx` under `<root>/app`, with its route, its guards and its layouts' guards. */
export function listPages(root: string): PageRoute[] {
  const appDir = path.join(root, 'app');
  const files = (readdirSync(appDir, { recursive: true }) as string[])
    .filter((f) => path.basename(f) === 'page.tsx')
    // Private folders (`_x`) are not routes.
    .filter((f) => !f.split(path.sep).some((s) => s.startsWith('_')))
    .sort();
  return files.map((rel) => {
    const dirs = path.dirname(rel) === '.' ? [] : path.dirname(rel).split(path.sep);
    const segments = dirs.filter((s) => !isGroup(s));
    const route = `/${segments.join('/')}`;
    const params = segments.filter((s) => s.startsWith('[')).map((s) => s.replace(/^\[+\.*|\]+$/g, ''));
    const file = path.join('app', rel);
    let sourceAbs = path.join(root, file);
    let code = readFileSync(sourceAbs, 'utf8');
    // Follow re-exports (at most a few hops) to the file with the code.
    for (let hop = 0; hop < 3; hop++) {
      const next = reExportTarget(root, path.relative(root, sourceAbs), code);
      if (!next) break;
      sourceAbs = next;
      code = readFileSync(sourceAbs, 'utf8');
    }
    const pageGuards = guardsIn(code);
    const publicPage = pageGuards.length === 0 && route in PUBLIC_PAGES;
    // The layouts that wrap this route are those on its own folder path (not the re-exported file's).
    const layoutGuards: PageGuard[] = [];
    for (let i = 0; i <= dirs.length; i++) {
      const layout = path.join(appDir, ...dirs.slice(0, i), 'layout.tsx');
      if (existsSync(layout)) layoutGuards.push(...guardsIn(readFileSync(layout, 'utf8'), { layout: true }));
    }
    const own: PageGuard[] = publicPage ? [{ kind: 'public' }] : pageGuards;
    const title = /export const metadata[^=]*=\s*\{[^}]*?\btitle:\s*'([^']+)'/.exec(code)?.[1] ?? null;
    return {
      route,
      file,
      source: path.relative(root, sourceAbs),
      params,
      pageGuards: own,
      guards: [...layoutGuards, ...own],
      title,
    };
  });
}

/** Pages with no guard this module recognises and not declared public: each one is a defect. */
export function unguardedPages(pages: PageRoute[]): string[] {
  return pages.filter((p) => !p.pageGuards.some((g) => g.kind !== 'lookup')).map((p) => `${p.route} (${p.file})`);
}

/**
 * Who is asking. `role: null` is anonymous. `clientId` is a client user's own client;
 * `actingAs` is the client a staff member is acting as (lib/acting-as).
 */
export type Caller = { role: Role | null; clientId?: string; actingAs?: string };

/**
 * The client whose ids fill the address (its `[clientId]`, and the agent, number, bot… ids),
 * and whether those ids exist at all.
 */
export type Target = { clientId: string; exists: boolean };

export type Expected =
  | { outcome: 'page' }
  | { outcome: 'redirect'; to: string }
  /** The page's not-found answer: the same for an unknown id and for another client's. */
  | { outcome: 'not-found' };

const pass = null;
type Step = Expected | typeof pass;

/** The client this caller's workspace shows, if it has one. */
function workspaceOf(caller: Caller): string | null {
  if (caller.role === 'client') return caller.clientId ?? null;
  if (caller.role && isStaff(caller.role) && caller.actingAs && can(caller.role, 'clients:act-as'))
    return caller.actingAs;
  return null;
}

function check(
  guard: PageGuard,
  caller: Caller,
  route: PageRoute,
  target: Target | undefined,
  usersExist: boolean,
): Step {
  const { role } = caller;
  const signIn: Expected = { outcome: 'redirect', to: '/sign-in' };
  switch (guard.kind) {
    case 'public':
      return pass;
    case 'lookup':
      return target && !target.exists ? { outcome: 'not-found' } : pass;
    case 'first-run':
      return usersExist ? signIn : pass;
    case 'signed-out':
      return role ? { outcome: 'redirect', to: '/' } : pass;
    case 'user':
      return role ? pass : signIn;
    case 'home':
      if (!role) return signIn;
      return { outcome: 'redirect', to: isStaff(role) ? '/dashboard' : '/account' };
    case 'staff':
      return staffStep(role, guard.permission);
    case 'workspace':
      return workspaceStep(caller);
    case 'client-scope': {
      // The console's copy takes the client from the URL (staff only); the workspace's from the session.
      if (route.params.includes('clientId')) return staffStep(role, guard.permission);
      const ws = workspaceStep(caller);
      if (ws || !role) return ws;
      // lib/acting-as: the workspace shows what the client role may do, and while acting only
      // what the staff member's own role may do too.
      const may = can('client', guard.permission) && (role === 'client' || can(role, guard.permission));
      return may ? pass : { outcome: 'redirect', to: '/forbidden' };
    }
  }
}

function staffStep(role: Role | null, permission: Permission): Step {
  if (!role) return { outcome: 'redirect', to: '/sign-in' };
  if (!isStaff(role)) return { outcome: 'redirect', to: '/account' };
  return can(role, permission) ? pass : { outcome: 'redirect', to: '/forbidden' };
}

function workspaceStep(caller: Caller): Step {
  if (!caller.role) return { outcome: 'redirect', to: '/sign-in' };
  if (workspaceOf(caller)) return pass;
  // A client user without a client, or staff not acting: requireWorkspace sends them on.
  return { outcome: 'redirect', to: '/dashboard' };
}

/**
 * What `caller` gets from `page` with the address filled from `target`: the first guard that
 * refuses decides (layouts before the page); past the guards, ids that do not exist, or that
 * belong to another client than the workspace's, give the page's not-found answer.
 * `usersExist`: the setup page only works before the first user.
 */
export function expectedAccess(
  page: PageRoute,
  caller: Caller,
  target?: Target,
  opts: { usersExist?: boolean } = {},
): Expected {
  for (const guard of page.guards) {
    const step = check(guard, caller, page, target, opts.usersExist ?? true);
    if (step) return step;
  }
  const publicPage = page.pageGuards.some((g) => g.kind === 'public');
  if (target && page.params.length > 0 && !publicPage) {
    if (!target.exists) return { outcome: 'not-found' };
    // Workspace pages (/account) look ids up in the workspace's own client only.
    const ws = isWorkspacePage(page) ? workspaceOf(caller) : null;
    if (ws && ws !== target.clientId) return { outcome: 'not-found' };
  }
  return { outcome: 'page' };
}

/** A page that takes its client from the session or the acting session, never from the URL. */
export function isWorkspacePage(page: PageRoute): boolean {
  return page.guards.some(
    (g) => g.kind === 'workspace' || (g.kind === 'client-scope' && !page.params.includes('clientId')),
  );
}

/** Fills `[param]` segments from `values` (URL-encoded). Throws on a missing value. */
export function fillRoute(route: string, values: Record<string, string>): string {
  return route.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`no value for [${name}] in ${route}`);
    return encodeURIComponent(v);
  });
}
