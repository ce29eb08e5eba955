'use server';

import { AsyncLocalStorage } from 'node:async_hooks';
import { z } from 'zod';
import { defineAction, staffAction } from '@/lib/action';
import { getMessages, translator } from '@/lib/i18n';
import { getLocale } from '@/lib/i18n/server';
import { getSettings } from '@/lib/settings';
import { formatTimestamp } from '@/lib/time-display';
import { getDraft } from './drafts';
import { StepError } from './errors';
import type { StepDetail, StepResult } from './result';
import { cleanValues } from './result';
import { createResumeLink } from './resume';
import { nextStep, type Step } from './steps';
import { OPS, type Op, runOp } from './wizard';

/**
 * The staff console's wizard actions: the same operations as the self-signup, built with
 * defineAction (session, onboarding:write, audit). The draft is named by id: staff may open
 * any draft. StepError details (attempts left, cooldown) do not fit ActionResult, so they
 * travel beside it in async-local storage.
 */
const side = new AsyncLocalStorage<{ detail?: StepDetail }>();

const schema = z.looseObject({ draft_id: z.string().max(64).optional() });

async function translate() {
  return translator(getMessages(await getLocale()));
}

const actions = Object.fromEntries(
  OPS.map((op) => [
    op,
    defineAction({
      name: `onboarding.staff.${op}`,
      permission: 'onboarding:write',
      schema,
      run: async (input, ctx) => {
        const t = await translate();
        const draft = input.draft_id ? await getDraft(input.draft_id) : null;
        if (input.draft_id && !draft) throw new StepError(t('err.noDraft'));
        try {
          const r = await runOp(op, draft, cleanValues(input), {
            t,
            locale: 'en',
            staffUserId: ctx.user.id,
            requestId: ctx.requestId,
          });
          return { draftId: r.draft.id, step: nextStep(r.draft), data: r.data };
        } catch (err) {
          const store = side.getStore();
          if (store && err instanceof StepError) store.detail = err.detail;
          throw err;
        }
      },
    }),
  ]),
) as Record<
  Op,
  (
    input: unknown,
  ) => Promise<import('@/lib/action').ActionResult<{ draftId: string; step: Step; data?: Record<string, unknown> }>>
>;

/**
 * The staff wizard's one entry point (a staffAction): `{op, ...values}` → the step's result.
 * Each operation above is its own audited action, so this dispatcher writes no audit row.
 */
export const staffStep = staffAction({
  name: 'onboarding.staff.step',
  permission: 'onboarding:write',
  schema: z.looseObject({ op: z.enum(OPS) }),
  audit: false,
  run: async ({ op, ...input }): Promise<StepResult & { draftId?: string }> =>
    side.run({}, async () => {
      const res = await actions[op](input);
      if (res.ok) return { ok: true, step: res.data.step, data: res.data.data, draftId: res.data.draftId };
      return {
        ok: false,
        message: res.message,
        fieldErrors: res.fieldErrors as Record<string, string[]> | undefined,
        ref: res.ref,
        detail: side.getStore()?.detail,
      };
    }),
});

const resumeSchema = z.object({
  draft_id: z.string().min(1).max(64),
  channel: z.enum(['email', 'mobile', 'both']).default('both'),
});

/** Hand-off: a resume link for the client, delivered (sandbox inbox) and shown to staff. */
export const sendStaffResumeLink = defineAction({
  name: 'onboarding.staff.resume-link',
  permission: 'onboarding:write',
  schema: resumeSchema,
  run: async (input, ctx) => {
    const t = await translate();
    const draft = await getDraft(input.draft_id);
    if (!draft || draft.client_id || !draft.request_id) throw new StepError(t('err.noDraft'));
    const link = await createResumeLink(draft.id, { channel: input.channel, by: ctx.user.id });
    // Shown in the portal's display zone, labelled, like every other time.
    return { ...link, expiresText: formatTimestamp(link.expiresAt, (await getSettings()).displayTimeZone) };
  },
});
