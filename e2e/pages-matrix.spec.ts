import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { APIRequestContext, APIResponse, Browser } from '@playwright/test';
import { en } from '../lib/i18n/en';
import {
  type Caller,
  type Expected,
  expectedAccess,
  fillRoute,
  isWorkspacePage,
  listPages,
  type PageRoute,
  type Target,
} from '../lib/security/page-guards';
import { authFile, expect, type Role, test } from './fixtures';
import { hydrated } from './pages/hydration';
import { newPerson, onboardingWizard, testIp } from './pages/onboarding-wizard';
import { createSandboxClient, sandboxCall } from './support/sandbox-client';

/**
 * Every page × every caller (anonymous, the six demo roles, a staff member acting as a client)
 * answers as the permission matrix says. The pages and their guards come from the file system
 * (lib/security/page-guards.ts, whose unit test fails on a page without a recognised guard), the
 * expectations from MATRIX/can() and the scope rules: nothing here lists pages by hand.
 *
 * Plain GETs without following redirects. A refusal is a redirect (a 307, or, when the guard runs
 * inside a `loading.tsx` boundary and the page has started streaming, a 200 whose body carries
 * Next's redirect: the `__next-page-redirect` refresh and a `NEXT_REDIRECT` digest); a missing or
 * foreign id is the page's not-found answer (a 404, or a 200 streaming the `NEXT_HTTP_ERROR_FALLBACK;404`
 * digest). Demo clients are only read; what this spec creates is its own: the client the acting
 * caller acts as, and per worker one registration started by staff (first step) for the draft pages.
 */
const PAGES = listPages(path.resolve(import.meta.dirname, '..'));

type Ids = { clientId: string; agentId: string; didId: string; botId: string; waDidId: string; secrets: string[] };
/** A staff onboarding draft this worker started (drafts are the portal's own rows: none in the demo data). */
type Draft = { draftId: string; secrets: string[] };
type Demo = { own: Ids; other: Ids; draft: Draft };
const values = ({ secrets: _secrets, ...ids }: Ids): Record<string, string> => ids;

/** Ids that exist nowhere (the flow registry has no demo rows: flows are only checked this way). */
const unknownIds = () => {
  const x = randomBytes(4).toString('hex');
  return {
    clientId: `CLNONE${x.toUpperCase()}`,
    agentId: `9${parseInt(x, 16)}`,
    didId: `9${parseInt(x, 16)}`,
    botId: `9${parseInt(x, 16)}`,
    waDidId: `9${parseInt(x, 16)}`,
    flowId: `9${parseInt(x, 16)}`,
    draftId: `NONE${x}`,
    token: randomBytes(32).toString('base64url'),
  };
};

async function idsOf(clientId: string): Promise<Ids> {
  const [agents, dids, bots, was] = await Promise.all([
    sandboxCall<{ agent_id: string; name: string; email: string }[]>('get_agents_availability', {
      client_id: clientId,
    }),
    sandboxCall<{ did_id: string; number: string }[]>(`client_dids/${clientId}`, {}, 'GET'),
    sandboxCall<{ id: string; wss_url: string }[]>(`get_wss_bots/${clientId}`, {}, 'GET'),
    sandboxCall<{ wa_did_id: string; display_number: string }[]>('get_whatsapp_dids', { client_id: clientId }),
  ]);
  const [agent, did, bot, wa] = [agents[0], dids[0], bots[0], was[0]];
  if (!agent || !did || !bot || !wa)
    throw new Error(`demo client ${clientId} lacks an agent, number, bot or WhatsApp number`);
  return {
    clientId,
    agentId: String(agent.agent_id),
    didId: String(did.did_id),
    botId: String(bot.id),
    waDidId: String(wa.wa_did_id),
    // What must never appear in an answer to someone who may not see this client.
    secrets: [agent.name, agent.email, did.number, bot.wss_url].filter(Boolean),
  };
}

/**
 * Starts a registration as staff (the first wizard step only: no demo data is touched) for the
 * draft pages. From its own address, as the onboarding specs do: signup starts are limited per IP.
 */
async function startDraft(browser: Browser, baseURL: string): Promise<Draft> {
  const context = await browser.newContext({
    baseURL,
    storageState: authFile('owner'),
    extraHTTPHeaders: { 'x-forwarded-for': testIp() },
  });
  try {
    const page = await context.newPage();
    const w = onboardingWizard(page);
    const person = newPerson('matrix');
    await page.goto('/onboarding/new');
    await hydrated(w.button(en['account.submit']));
    await w.field(en['account.name']).fill(person.name);
    await w.field(en['account.email']).fill(person.email);
    await w.field(en['account.mobile']).fill(person.mobile);
    await w.button(en['account.submit']).click();
    await expect(page).toHaveURL(/\/onboarding\/(?!new)[^/?]+\?step=otp$/);
    const draftId = new URL(page.url()).pathname.split('/')[2];
    return { draftId, secrets: [person.name, person.email] };
  } finally {
    await context.close();
  }
}

let demo: Promise<Demo> | undefined;
/** The client user's own demo client (from its account page), another demo client, a draft. */
function demoIds(request: APIRequestContext, browser: Browser, baseURL: string): Promise<Demo> {
  demo ??= (async () => {
    const html = await (await request.get('/account', { maxRedirects: 0 })).text();
    const own = /Client id<\/dt><dd[^>]*>([^<]+)</.exec(html)?.[1];
    if (!own) throw new Error('the client user’s account page shows no client id');
    const clients = await sandboxCall<{ client_id: string }[]>('clients', {}, 'GET');
    const other = clients.map((c) => c.client_id).find((id) => id.startsWith('CLDEMO') && id !== own);
    if (!other) throw new Error('no second demo client');
    const [ownIds, otherIds, draft] = await Promise.all([idsOf(own), idsOf(other), startDraft(browser, baseURL)]);
    return { own: ownIds, other: otherIds, draft };
  })();
  return demo;
}

type Outcome = Expected | { outcome: 'error'; detail: string };

/** What a GET actually answered, in the terms of `Expected`. */
function outcomeOf(res: APIResponse, body: string): Outcome {
  const status = res.status();
  if (status >= 300 && status < 400) {
    return { outcome: 'redirect', to: new URL(res.headers().location ?? '', 'http://x').pathname };
  }
  const digests = [...body.matchAll(/E\{\\"digest\\":\\"([^\\"]+)\\"/g)].map((m) => m[1]);
  const refresh = /id="__next-page-redirect"[^>]*content="\d+;url=([^"]+)"/.exec(body)?.[1];
  if (status === 200 && refresh) return { outcome: 'redirect', to: new URL(refresh, 'http://x').pathname };
  if (status === 404 || (status === 200 && digests.includes('NEXT_HTTP_ERROR_FALLBACK;404')))
    return { outcome: 'not-found' };
  const other = digests.filter((d) => !d.startsWith('NEXT_'));
  if (status !== 200 || other.length) return { outcome: 'error', detail: `${status} ${other.join(',')}` };
  return { outcome: 'page' };
}

const titleOf = (body: string) => /<title>([^<]*)<\/title>/.exec(body)?.[1] ?? '';

type Check = { path: string; page: PageRoute; expected: Expected; secrets: string[]; twin?: string };

/** The addresses to ask for one caller: each page once, dynamic pages with the ids that matter. */
function checksFor(caller: Caller, ids: Demo, workspace: string | null): Check[] {
  const checks: Check[] = [];
  const unknown = unknownIds();
  for (const page of PAGES) {
    if (page.params.length === 0) {
      checks.push({ path: page.route, page, expected: expectedAccess(page, caller), secrets: [] });
      continue;
    }
    const realIds = page.params.every((p) =>
      ['clientId', 'agentId', 'didId', 'botId', 'waDidId', 'draftId'].includes(p),
    );
    const add = (values: Record<string, string>, target: Target, secrets: string[], twin?: string) =>
      checks.push({
        path: fillRoute(page.route, values),
        page,
        expected: expectedAccess(page, caller, target),
        secrets,
        twin,
      });
    if (!realIds) {
      // Flow and invite ids: none exist in the demo data, so the page's answer to an unknown one.
      add({ ...unknown, clientId: ids.own.clientId }, { clientId: ids.own.clientId, exists: false }, []);
      continue;
    }
    // The client user's own client, and another one: a client user must get nothing of the other
    // (under /clients it is sent to its account; under /account the ids are not its client's),
    // answered exactly like an id that does not exist (`twin`).
    // (A staff member acting as a client keeps the console: there, the ids are any client's.)
    const twin = fillRoute(page.route, { ...unknown, clientId: unknown.clientId });
    const own = { clientId: ids.own.clientId, exists: true };
    const other = { clientId: ids.other.clientId, exists: true };
    const ownValues = { ...values(ids.own), draftId: ids.draft.draftId };
    const workspaceRoute = isWorkspacePage(page);
    const inConsole = page.params.includes('clientId');
    const scoped = caller.role === 'client' ? inConsole || workspaceRoute : workspace !== null && workspaceRoute;
    // A draft is staff business: its name and email reach no one else.
    const staffCaller = caller.role !== null && caller.role !== 'client';
    let ownSecrets: string[] = [];
    if (page.params.includes('draftId')) ownSecrets = staffCaller ? [] : ids.draft.secrets;
    else if (scoped && workspace !== ids.own.clientId) ownSecrets = ids.own.secrets;
    add(ownValues, own, ownSecrets);
    if (scoped) add(values(ids.other), other, ids.other.secrets, twin);
    // Staff in the console: an id that exists nowhere is the page's not-found.
    if (staffCaller && !workspaceRoute) add(unknown, { clientId: unknown.clientId, exists: false }, []);
  }
  return checks;
}

/** Asks for every address (a few at a time) and returns each one that answered otherwise. */
async function run(request: APIRequestContext, checks: Check[]): Promise<string[]> {
  const problems: string[] = [];
  const ask = async (p: string) => {
    const res = await request.get(p, { maxRedirects: 0 });
    const body = await res.text();
    return { res, body, outcome: outcomeOf(res, body), title: titleOf(body) };
  };
  const queue = [...checks];
  const worker = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const got = await ask(c.path);
      const why = mismatch(c, got.outcome, got.body, got.title);
      if (why) problems.push(`${c.path} (${c.page.file}): expected ${explain(c.expected)}, got ${why}`);
      if (c.twin) {
        // Another client's id and an id that exists nowhere: the same answer, naming nothing.
        const twin = await ask(c.twin);
        const same =
          twin.res.status() === got.res.status() &&
          JSON.stringify(twin.outcome) === JSON.stringify(got.outcome) &&
          twin.title === got.title;
        if (!same)
          problems.push(
            `${c.path}: answers ${got.res.status()} ${explain(got.outcome)} "${got.title}" but an unknown id ${twin.res.status()} ${explain(twin.outcome)} "${twin.title}"`,
          );
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return problems;
}

function explain(e: Outcome): string {
  if (e.outcome === 'redirect') return `redirect to ${e.to}`;
  if (e.outcome === 'error') return `an error (${e.detail})`;
  return e.outcome;
}

function mismatch(c: Check, got: Outcome, body: string, title: string): string | null {
  if (JSON.stringify(got) !== JSON.stringify(c.expected)) return explain(got);
  const leaked = c.secrets.filter((s) => body.includes(s));
  if (leaked.length) return `${explain(got)} naming ${leaked.join(', ')}`;
  if (got.outcome !== 'page') return null;
  // The page itself: its own title (not sign-in's or another page's), not the refusal page.
  if (c.page.title && !title.startsWith(c.page.title)) return `a page titled "${title}"`;
  if (body.includes('You do not have access to that page') && c.page.route !== '/forbidden')
    return 'the forbidden page';
  return null;
}

const CALLERS: { name: string; role: Role | null; acting?: boolean }[] = [
  { name: 'anonymous', role: null },
  { name: 'owner', role: 'owner' },
  { name: 'admin', role: 'admin' },
  { name: 'operations', role: 'operations' },
  { name: 'billing', role: 'billing' },
  { name: 'viewer', role: 'viewer' },
  { name: 'client', role: 'client' },
  // Operations may act as a client but not manage its users: the workspace's intersection.
  { name: 'operations acting as a client', role: 'operations', acting: true },
];

test.describe('every page × every role matches the permission matrix', () => {
  for (const who of CALLERS) {
    test(`${who.name}`, async ({ playwright, browser, baseURL }, testInfo) => {
      // 65–85 page renders (four at a time) on a busy 2-core machine, and for the acting caller a
      // new client and a browser opening its workspace; every wait is on a response, not a sleep.
      test.setTimeout(who.acting ? 120_000 : 90_000);
      const clientApi = await playwright.request.newContext({ baseURL, storageState: authFile('client') });
      const ids = await demoIds(clientApi, browser, baseURL ?? '');
      await clientApi.dispose();

      let request: APIRequestContext;
      let caller: Caller = { role: who.role };
      let close: (() => Promise<void>) | undefined;
      try {
        if (who.acting && who.role) {
          // Act as a client this test creates (acting writes an audit row for that client).
          const fresh = await createSandboxClient({ name: 'Pages Matrix' });
          const context = await browser.newContext({ baseURL, storageState: authFile(who.role) });
          close = () => context.close();
          const page = await context.newPage();
          await page.goto(`/clients/${fresh.clientId}`);
          const form = page.getByRole('form', { name: 'Open workspace as this client' });
          await hydrated(form);
          await form.getByLabel('Reason (kept in the audit log)').fill('Page matrix test');
          await form.getByRole('button', { name: 'Open workspace as this client' }).click();
          await expect(page).toHaveURL(/\/account$/);
          await page.close();
          request = context.request;
          caller = { role: who.role, actingAs: fresh.clientId };
        } else {
          const ctx = await playwright.request.newContext({
            baseURL,
            storageState: who.role ? authFile(who.role) : { cookies: [], origins: [] },
          });
          close = () => ctx.dispose();
          if (who.role === 'client') caller = { role: 'client', clientId: ids.own.clientId };
          request = ctx;
        }
        const workspace = caller.role === 'client' ? (caller.clientId ?? null) : (caller.actingAs ?? null);
        const checks = checksFor(caller, ids, workspace);
        const problems = await run(request, checks);
        testInfo.annotations.push({
          type: 'checked',
          description: `${checks.length} addresses over ${PAGES.length} pages`,
        });
        expect(problems, `${who.name}: pages answering otherwise than the matrix says`).toEqual([]);
        // It asked for something: every page at least once, some allowed and some refused.
        expect(PAGES.length).toBeGreaterThan(50);
        expect(new Set(checks.map((c) => c.page.file)).size).toBe(PAGES.length);
        const kinds = new Set(checks.map((c) => c.expected.outcome));
        expect(kinds.has('page') && kinds.has('redirect')).toBe(true);
      } finally {
        await close?.();
      }
    });
  }
});
