import 'server-only';
import { cookies } from 'next/headers';
import { env } from '@/lib/env';
import { type Draft, getDraft } from './drafts';
import { readDraftCookie, signDraftCookie } from './tokens';

/** httpOnly cookie binding a browser to its self-signup draft (signed, see tokens.ts). */
export const DRAFT_COOKIE = 'onboarding_draft';
const MAX_AGE_S = 14 * 24 * 60 * 60;

export async function draftFromCookie(): Promise<Draft | null> {
  const id = readDraftCookie((await cookies()).get(DRAFT_COOKIE)?.value, env().authSecret);
  return id ? getDraft(id) : null;
}

/** Only in a server action or route handler (Next allows cookie writes nowhere else). */
export async function bindDraftCookie(draftId: string): Promise<void> {
  (await cookies()).set(DRAFT_COOKIE, signDraftCookie(draftId, env().authSecret), {
    httpOnly: true,
    sameSite: 'lax',
    secure: env().isProduction,
    path: '/',
    maxAge: MAX_AGE_S,
  });
}

export async function clearDraftCookie(): Promise<void> {
  (await cookies()).delete(DRAFT_COOKIE);
}
