/**
 * The wizard's step machine. Pure: what is done, what is next and what may still be changed
 * are all derived from what the draft records, so a reload, a resume link or staff opening
 * the draft land on the same step, and no step can be skipped by navigating.
 */
export const STEPS = ['account', 'otp', 'pan', 'aadhaar', 'aadhaar_verify', 'gst', 'review', 'sign', 'done'] as const;
export type Step = (typeof STEPS)[number];

export type Progress = {
  request_id: string | null;
  otp_verified: number;
  pan_masked: string | null;
  aadhaar_ref: string | null;
  aadhaar_verified: number;
  gst_num: string | null;
  gst_skipped: number;
  reviewed: number;
  client_id: string | null;
};

export function isStep(s: unknown): s is Step {
  return typeof s === 'string' && (STEPS as readonly string[]).includes(s);
}

export function isDone(step: Step, d: Progress): boolean {
  switch (step) {
    case 'account':
      return d.request_id !== null;
    case 'otp':
      return d.otp_verified === 1;
    case 'pan':
      return d.pan_masked !== null;
    case 'aadhaar':
      return d.aadhaar_ref !== null || d.aadhaar_verified === 1;
    case 'aadhaar_verify':
      return d.aadhaar_verified === 1;
    case 'gst':
      return d.gst_num !== null || d.gst_skipped === 1;
    case 'review':
      return d.reviewed === 1;
    case 'sign':
    case 'done':
      return d.client_id !== null;
  }
}

/** The first step not done: where the wizard opens. */
export function nextStep(d: Progress): Step {
  if (d.client_id !== null) return 'done';
  return STEPS.find((s) => !isDone(s, d)) ?? 'done';
}

export const stepIndex = (s: Step) => STEPS.indexOf(s);

/** Steps up to the next one due can be opened; later ones cannot (never skipped silently). */
export function isReachable(step: Step, d: Progress): boolean {
  return stepIndex(step) <= stepIndex(nextStep(d));
}

/**
 * Whether the step's form may be submitted (again). Follows what the API allows: contact
 * details until the OTPs are verified (a new registration), PAN and Aadhaar until verified,
 * the GST choice, review and signature until KYC is accepted.
 */
export function isEditable(step: Step, d: Progress): boolean {
  if (d.client_id !== null || !isReachable(step, d)) return false;
  switch (step) {
    case 'account':
    case 'otp':
      return d.otp_verified === 0;
    case 'pan':
      return d.pan_masked === null;
    case 'aadhaar':
      return d.aadhaar_verified === 0;
    case 'aadhaar_verify':
      return d.aadhaar_ref !== null && d.aadhaar_verified === 0;
    case 'gst':
    case 'review':
    case 'sign':
      return true;
    case 'done':
      return false;
  }
}

/** The partner API's `stage` (from `pending`) as the wizard step it corresponds to. */
export function stepForApiStage(stage: string): Step {
  const map: Record<string, Step> = {
    verify_otp: 'otp',
    verify_pan: 'pan',
    aadhar_otp: 'aadhaar',
    aadhar_verify: 'aadhaar_verify',
    verify_gst: 'gst',
    accept_kyc: 'review',
    done: 'done',
  };
  return map[stage] ?? 'otp';
}
