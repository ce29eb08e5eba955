import 'server-only';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { createSandboxHandler } from './http';
import { asSandboxDb } from './schema';
import { seedSandbox } from './seed';

type SandboxFetch = (req: Request) => Promise<Response>;
const g = globalThis as unknown as { __sandboxHandler?: Promise<SandboxFetch> };

/** The process-wide sandbox handler; seeds the demo data on first use (idempotent). */
export function getSandboxHandler(): Promise<SandboxFetch> {
  g.__sandboxHandler ??= (async () => {
    const db = asSandboxDb(await getDb());
    await seedSandbox(db);
    return createSandboxHandler({ db, apiKey: env().partnerApiKey });
  })().catch((err) => {
    // Do not cache a failed start: the next request tries again.
    g.__sandboxHandler = undefined;
    throw err;
  });
  return g.__sandboxHandler;
}

export const notFoundResponse = () =>
  new Response(JSON.stringify({ status: 404, message: 'Not found', data: null }), {
    status: 404,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });

/** Next route entry: 404 in live mode (the emulator must not exist there), else the sandbox. */
export async function handleSandboxRequest(req: Request): Promise<Response> {
  if (env().mode === 'live') return notFoundResponse();
  const handle = await getSandboxHandler();
  return handle(req);
}
