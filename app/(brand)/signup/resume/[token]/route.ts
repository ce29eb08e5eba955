import { NextResponse } from 'next/server';
import { appendAudit } from '@/lib/audit/log';
import { getDb } from '@/lib/db';
import { draftForResumeToken } from '@/lib/onboarding/resume';
import { bindDraftCookie } from '@/lib/onboarding/session';
import { requestMeta } from '@/lib/request-meta';

export const dynamic = 'force-dynamic';

/**
 * Opens a registration on this device from a resume link: binds the draft to this browser
 * (the same signed cookie as a self-signup) and continues at /signup. A route handler,
 * because only handlers and actions may set cookies.
 */
export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const draft = await draftForResumeToken(token);
  const meta = await requestMeta();
  await appendAudit(await getDb(), {
    userId: null,
    userEmail: null,
    role: null,
    clientId: null,
    action: 'onboarding.self.resume',
    input: { draft_id: draft?.id ?? null },
    outcome: draft ? 'ok' : 'denied',
    message: draft ? null : 'invalid or expired resume link',
    ip: meta.ip,
    requestId: meta.requestId,
  });
  const url = new URL(draft ? '/signup' : '/signup?resume=invalid', req.url);
  if (draft) await bindDraftCookie(draft.id);
  // 303: the link may be opened from a mail client; the browser then GETs /signup.
  return NextResponse.redirect(url, 303);
}
