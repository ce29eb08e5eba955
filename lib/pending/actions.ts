'use server';

import { redirect } from 'next/navigation';
import QRCode from 'qrcode';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { env } from '@/lib/env';
import { UserError } from '@/lib/errors';
import { ensureDraftForPending, getDraft } from '@/lib/onboarding/drafts';
import { createResumeLink } from '@/lib/onboarding/resume';
import type { PendingItem } from './list';
import { findPending } from './queries';

const GONE = 'This registration is no longer pending: it may have been completed. Reload the board.';
const channel = z.enum(['email', 'mobile', 'both']);
const pendingRef = z.object({ temp_client_id: z.string().trim().min(1).max(100) });

/** The draft of a pending registration, from what upstream says now (never from the form). */
async function draftFor(tempClientId: string, staffUserId: string): Promise<{ draftId: string; p: PendingItem }> {
  const p = await findPending(tempClientId);
  if (!p) throw new UserError(GONE);
  const draftId = await ensureDraftForPending(
    {
      temp_client_id: p.tempClientId,
      request_id: p.requestId,
      name: p.name,
      email: p.email,
      mobile: p.mobile,
      stage: p.stage,
      created_at: p.createdAt,
    },
    staffUserId,
  );
  return { draftId, p };
}

export type ResumeLinkSent = { sentTo: string[]; expiresAt: string; sandbox: boolean; inboxTo: string | null };

export const sendResumeLink = defineAction({
  name: 'onboarding.send-resume-link',
  permission: 'onboarding:write',
  schema: pendingRef.extend({ channel: channel.default('both') }),
  run: async (input, { user }): Promise<ResumeLinkSent> => {
    const { draftId, p } = await draftFor(input.temp_client_id, user.id);
    const link = await createResumeLink(draftId, { channel: input.channel, by: user.id });
    const sandbox = env().mode === 'sandbox';
    if (!link.delivered) {
      throw new UserError(
        sandbox
          ? 'The link could not be sent: this registration has no contact on that channel.'
          : 'This portal has no email or SMS provider configured: use Hand off to share the link yourself.',
      );
    }
    const sentTo = [input.channel !== 'mobile' ? p.email : null, input.channel !== 'email' ? p.mobile : null].filter(
      (v): v is string => Boolean(v),
    );
    return { sentTo, expiresAt: link.expiresAt, sandbox, inboxTo: sentTo[0] ?? null };
  },
  successMessage: (d) => `Resume link sent to ${d.sentTo.join(' and ')}.`,
});

/** Continue (staff wizard) or Hand off (link and QR for the client's phone). */
export const openPending = defineAction({
  name: 'onboarding.open-pending',
  permission: 'onboarding:write',
  schema: pendingRef.extend({ to: z.enum(['continue', 'handoff']).default('continue') }),
  run: async (input, { user }) => ({ draftId: (await draftFor(input.temp_client_id, user.id)).draftId, to: input.to }),
  after: (_input, d) => redirect(d.to === 'handoff' ? `/onboarding/${d.draftId}/handoff` : `/onboarding/${d.draftId}`),
});

export type HandoffLink = { url: string; expiresAt: string; qrDataUrl: string; sentTo: string[]; sandbox: boolean };

/**
 * A fresh resume link for the client's own phone, shown as a QR code and also sent to the
 * contact (createResumeLink always delivers): the copy in their inbox survives a lost scan.
 */
export const createHandoffLink = defineAction({
  name: 'onboarding.hand-off',
  permission: 'onboarding:write',
  schema: z.object({ draft_id: z.string().trim().min(1).max(100), channel: channel.default('mobile') }),
  run: async (input, { user }): Promise<HandoffLink> => {
    const draft = await getDraft(input.draft_id);
    if (!draft) throw new UserError('This registration was not found.');
    if (draft.client_id) throw new UserError(`This registration is complete: client ${draft.client_id}.`);
    const link = await createResumeLink(draft.id, { channel: input.channel, by: user.id });
    const svg = await QRCode.toString(link.url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    const sentTo = link.delivered
      ? [input.channel !== 'mobile' ? draft.email : null, input.channel !== 'email' ? draft.mobile : null].filter(
          (v): v is string => Boolean(v),
        )
      : [];
    return {
      url: link.url,
      expiresAt: link.expiresAt,
      qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`,
      sentTo,
      sandbox: env().mode === 'sandbox',
    };
  },
});
