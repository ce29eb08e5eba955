import type { Draft } from './drafts';
import { nextStep, type Step } from './steps';

/** What the wizard in the browser may know about a draft: no hashes, tokens or refs. */
export type DraftView = {
  id: string;
  step: Step;
  progress: {
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
  name: string | null;
  email: string | null;
  mobile: string | null;
  promo: string | null;
  btype: string | null;
  panName: string | null;
  aadhaarLast4: string | null;
  gstState: string | null;
  hasPassword: boolean;
  hasSignature: boolean;
  staffLed: boolean;
};

export function maskEmail(e: string | null): string | null {
  if (!e) return e;
  const [user, domain] = e.split('@');
  return `${user.slice(0, 2)}${'•'.repeat(Math.max(1, user.length - 2))}@${domain}`;
}

export function maskMobile(m: string | null): string | null {
  return m ? `••••••${m.slice(-4)}` : m;
}

/**
 * `reveal` shows the contact in full (staff, and the device that typed it); a device that
 * arrived through a resume link sees it masked.
 */
export function toView(d: Draft, opts: { reveal: boolean }): DraftView {
  return {
    id: d.id,
    step: nextStep(d),
    progress: {
      request_id: d.request_id,
      otp_verified: d.otp_verified,
      pan_masked: d.pan_masked,
      // Only whether one exists: the ref itself stays on the server.
      aadhaar_ref: d.aadhaar_ref ? 'set' : null,
      aadhaar_verified: d.aadhaar_verified,
      gst_num: d.gst_num,
      gst_skipped: d.gst_skipped,
      reviewed: d.reviewed,
      client_id: d.client_id,
    },
    name: d.name,
    email: opts.reveal ? d.email : maskEmail(d.email),
    mobile: opts.reveal ? d.mobile : maskMobile(d.mobile),
    promo: d.promo,
    btype: d.btype,
    panName: d.pan_name,
    aadhaarLast4: d.aadhaar_last4,
    gstState: d.gst_state,
    hasPassword: d.password_hash !== null,
    hasSignature: d.signature_data_url !== null,
    staffLed: d.created_by !== null,
  };
}
