/**
 * `pending` names the next step due by its endpoint name; staff read it as the step the
 * client still has to do. Unknown stages (a newer upstream) are shown as they come.
 */
export const PENDING_STAGES = ['verify_otp', 'verify_pan', 'aadhar_otp', 'aadhar_verify', 'verify_gst', 'accept_kyc'] as const;
export type PendingStage = (typeof PENDING_STAGES)[number];

export const STAGE_LABELS: Record<PendingStage, string> = {
  verify_otp: 'Email and mobile OTP',
  verify_pan: 'Business type and PAN',
  aadhar_otp: 'Aadhaar OTP',
  aadhar_verify: 'Aadhaar verification',
  verify_gst: 'GST number',
  accept_kyc: 'Review and signature',
};

export function isPendingStage(s: string): s is PendingStage {
  return (PENDING_STAGES as readonly string[]).includes(s);
}

export function stageLabel(stage: string): string {
  return isPendingStage(stage) ? STAGE_LABELS[stage] : stage.replace(/_/g, ' ');
}
