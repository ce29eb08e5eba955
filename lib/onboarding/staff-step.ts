import { staffStep } from './actions-staff';
import type { StepResult } from './result';
import type { Op } from './wizard';

/**
 * The wizard's view of the staff actions: `runStaffStep(op, values)` → StepResult, as the public
 * side answers (lib/onboarding/public-step.ts). A plain module imported by client components.
 */
export async function runStaffStep(
  op: Op,
  values: Record<string, string> = {},
): Promise<StepResult & { draftId?: string }> {
  const r = await staffStep({ ...values, op });
  return r.ok ? r.data : { ok: false, message: r.message, ref: r.ref };
}
