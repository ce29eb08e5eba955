import { NextResponse } from 'next/server';
import { appendAudit } from '@/lib/audit/log';
import { getDb } from '@/lib/db';
import { redeemResumeToken } from '@/lib/onboarding/resume';
import { bindDraftCookie } from '@/lib/onboarding/session';
import { requestMeta } from '@/lib/request-meta';

export const dynamic = 'force-dynamic';

/**
 * Opens a registration on this device from a resume link, once: binds the draft to this
 * browser (the same signed cookie as a self-signup) and continues at /signup. A used link
 * lands on /signup?resume=used (ask for a new link), anything else on ?resume=invalid.
 * A route handler, because only handlers and actions may set cookies. (Malformed
 * percent-encoding never gets here: proxy.ts answers 400.)
 */
export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const r = await redeemResumeToken(token);
  const meta = await requestMeta();
  await appendAudit(await getDb(), {
    userId: null,
    userEmail: null,
    role: null,
    clientId: null,
    action: 'onboarding.self.resume',
    input: { draft_id: r.status === 'ok' ? r.draft.id : null },
    outcome: r.status === 'ok' ? 'ok' : 'denied',
    message:
      r.status === 'ok' ? null : r.status === 'used' ? 'resume link already used' : 'invalid or expired resume link',
    ip: meta.ip,
    requestId: meta.requestId,
  });
  const url = new URL(r.status === 'ok' ? '/signup' : `/signup?resume=${r.status}`, req.url);
  if (r.status === 'ok') await bindDraftCookie(r.draft.id);
  // 303: the link may be opened from a mail client; the browser then GETs /signup.
  return NextResponse.redirect(url, 303);
}
