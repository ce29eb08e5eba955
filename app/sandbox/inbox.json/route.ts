import { mayReadSandboxInbox } from '@/lib/auth/sandbox-access';
import { env } from '@/lib/env';
import { handleSandboxRequest, notFoundResponse } from '@/lib/sandbox/server';

// The OTP inbox as JSON for tests and demos: [{to, channel, purpose, code, sent_at}], newest first.
// Only for signed-in staff or a request with the sandbox key (`Authorization: Bearer <key>`).
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function GET(req: Request): Promise<Response> {
  if (env().mode === 'live') return notFoundResponse();
  if (!(await mayReadSandboxInbox(req))) {
    return Response.json(
      { status: 401, message: 'Sign in as staff, or send the sandbox key as a bearer token', data: null },
      { status: 401, headers: { 'cache-control': 'no-store' } },
    );
  }
  return handleSandboxRequest(req);
}
