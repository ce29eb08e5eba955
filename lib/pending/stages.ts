/**
 * `pending` names the next step due by its endpoint name; staff read it as the step the
 * client still has to do, named as the wizard's progress indicator names it. Unknown stages (a newer upstream) are shown as they come.
 */
export const PENDING_STAGES = [
  'verify_otp',
  'verify_pan',
  'aadhar_otp',
  'aadhar_verify',
  'verify_gst',
  'accept_kyc',
] as const;
export type PendingStage = (typeof PENDING_STAGES)[number];

export const STAGE_LABELS: Record<PendingStage, string> = {
  verify_otp: 'Verify email and mobile',
  verify_pan: 'Business type and PAN',
  aadhar_otp: 'Aadhaar number',
  aadhar_verify: 'Aadhaar OTP',
  verify_gst: 'GST number',
  accept_kyc: 'Review and sign',
};

export function isPendingStage(s: string): s is PendingStage {
  return (PENDING_STAGES as readonly string[]).includes(s);
}

export function stageLabel(stage: string): string {
  return isPendingStage(stage) ? STAGE_LABELS[stage] : stage.replace(/_/g, ' ');
}
