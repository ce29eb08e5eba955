import { publicStep, sendSelfResumeLink } from './actions-public';
import type { StepDetail, StepResult } from './result';
import type { Op } from './wizard';

/**
 * The wizard's view of the public actions: `runPublicStep(op, values)` → StepResult, as the
 * staff actions answer. A plain module (no directive) imported by client components; the
 * actions themselves are publicAction layers in actions-public.ts.
 */
export async function runPublicStep(op: Op, values: Record<string, string> = {}): Promise<StepResult> {
  const r = await publicStep({ ...values, op });
  return r.ok ? { ok: true, ...r.data } : { ...r, detail: r.detail as StepDetail | undefined };
}

export async function requestSelfResumeLink(): Promise<StepResult> {
  const r = await sendSelfResumeLink();
  return r.ok ? { ok: true, ...r.data } : { ...r, detail: r.detail as StepDetail | undefined };
}
