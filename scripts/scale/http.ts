/**
 * What the two-instance and load scripts share: next-auth sign-in over HTTP, server actions called
 * by the id in the build's manifest (as the browser calls them), and sandbox calls with the key.
 */
import { readFileSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { DIST, ROOT, request } from '../bench/servers';

export const cookiesOf = (h: http.IncomingHttpHeaders) => (h['set-cookie'] ?? []).map((c) => c.split(';')[0]);

/** Signs in through next-auth's credentials callback; returns the cookie, or the failure's redirect. */
export async function signIn(
  port: number,
  email: string,
  password: string,
): Promise<{ cookie: string | null; location: string }> {
  const csrf = await request(port, '/api/auth/csrf');
  const { csrfToken } = JSON.parse(csrf.body.toString()) as { csrfToken: string };
  const jar = cookiesOf(csrf.headers);
  const origin = `http://localhost:${port}`;
  const form = new URLSearchParams({ csrfToken, email, password, callbackUrl: `${origin}/dashboard` });
  const res = await request(port, '/api/auth/callback/credentials', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin, cookie: jar.join('; ') },
    body: form.toString(),
  });
  const session = cookiesOf(res.headers).find((c) => c.startsWith('authjs.session-token='));
  return { cookie: session ? [...jar, session].join('; ') : null, location: String(res.headers.location ?? '') };
}

/** Signs out the way the portal's menu does (its action revokes this session everywhere). */
export async function signOut(port: number, cookie: string): Promise<ActionAnswer> {
  return callAction(port, cookie, actionId('app/(auth)/sign-in/actions.ts', 'signOutAndLeave'), {}, '/dashboard');
}

let manifest: Record<string, { filename?: string; exportedName?: string }> | null = null;

/** The id Next gave a server action (same build → same id on every instance). */
export function actionId(filename: string, exportedName: string): string {
  manifest ??= (
    JSON.parse(readFileSync(path.join(ROOT, DIST, 'server/server-reference-manifest.json'), 'utf8')) as {
      node: Record<string, { filename?: string; exportedName?: string }>;
    }
  ).node;
  for (const [id, e] of Object.entries(manifest))
    if (e.filename === filename && e.exportedName === exportedName) return id;
  throw new Error(`no server action ${exportedName} in ${filename} (build ${DIST})`);
}

export type ActionAnswer = {
  status: number;
  ok: boolean;
  /** The action's own result (the RSC payload's row 1), or null when there is none. */
  result: { ok?: boolean; message?: string; fieldErrors?: unknown } | null;
  text: string;
  ms: number;
};

/** The action's return value: Flight row `1:` of the response, when it is a JSON object. */
function actionResult(text: string): ActionAnswer['result'] {
  const line = text.split('\n').find((l) => l.startsWith('1:{'));
  if (!line) return null;
  try {
    return JSON.parse(line.slice(2));
  } catch {
    return null;
  }
}

/** Calls a server action the way the browser does (POST to a page, Next-Action header, JSON args). */
export async function callAction(
  port: number,
  cookie: string,
  id: string,
  input: unknown,
  page = '/dashboard',
  /** All the arguments, when the action takes more than one. */
  args: unknown[] = [input],
): Promise<ActionAnswer> {
  const r = await request(port, page, {
    method: 'POST',
    headers: {
      cookie,
      origin: `http://localhost:${port}`,
      'next-action': id,
      accept: 'text/x-component',
      'content-type': 'text/plain;charset=UTF-8',
    },
    body: JSON.stringify(args),
  });
  const text = r.body.toString();
  const result = actionResult(text);
  return { status: r.status, ok: r.status === 200 && result?.ok === true, result, text, ms: r.ms };
}

/** A partner API call through the sandbox with its bearer key. */
export async function sandboxCall<T = unknown>(
  port: number,
  key: string,
  endpoint: string,
  body?: Record<string, unknown>,
): Promise<T> {
  const r = await request(port, `/sandbox/partnerclients/${endpoint}`, {
    method: body ? 'POST' : 'GET',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = JSON.parse(r.body.toString() || '{}') as { data: T };
  if (r.status >= 400) throw new Error(`${endpoint} → ${r.status}: ${r.body.toString().slice(0, 200)}`);
  return json.data;
}
