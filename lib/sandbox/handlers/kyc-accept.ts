import { createClientRecord } from '@/lib/sandbox/clients-store';
import { type Handler, SandboxError } from '@/lib/sandbox/core';
import {
  missingSteps,
  type Registration,
  requireKycRegistration,
  updateRegistration,
} from '@/lib/sandbox/registration-store';
import { reqStr } from '@/lib/sandbox/util';
import { maskPan } from '@/lib/validation';

function panOf(r: Registration) {
  return r.pan ? { pan_masked: maskPan(r.pan), name_on_pan: r.pan_name, btype: r.pan_btype } : null;
}
function aadhaarOf(r: Registration) {
  return r.aadhaar_name ? { name: r.aadhaar_name, aadhaar_last4: r.aadhaar_last4 } : null;
}
function gstOf(r: Registration) {
  if (r.gst_skipped) return { skipped: true };
  return r.gst_num ? { gst_num: r.gst_num, legal_name: r.gst_legal_name, state: r.gst_state } : null;
}

const previewKyc: Handler = async (ctx, body) => {
  const r = await requireKycRegistration(ctx, reqStr(body, 'temp_client_id'));
  return {
    message: 'KYC preview',
    data: {
      temp_client_id: r.temp_client_id,
      name: r.name,
      email: r.email,
      mobile: r.mobile,
      pan: panOf(r),
      aadhaar: aadhaarOf(r),
      gst: gstOf(r),
      missing: missingSteps(r),
    },
  };
};

const acceptKyc: Handler = async (ctx, body) => {
  const tempId = reqStr(body, 'temp_client_id');
  const signed = typeof body.signature === 'string' && body.signature.trim() !== '' ? 1 : 0;
  // One transaction: two concurrent accepts must not create two clients.
  return ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const r = await requireKycRegistration(tctx, tempId);
    const missing = missingSteps(r);
    if (missing.length > 0) {
      throw new SandboxError(409, `KYC incomplete: ${missing.join(', ')} missing`, { kyc: missing }, { missing });
    }
    const clientId = await createClientRecord(tctx, {
      name: r.name,
      email: r.email,
      mobile: r.mobile,
      countryCode: r.country_code,
      status: '1',
      kyc: {
        pan_masked: maskPan(r.pan ?? ''),
        name_on_pan: r.pan_name,
        btype: r.pan_btype,
        aadhaar_last4: r.aadhaar_last4,
        gst_num: r.gst_num,
        gst_state: r.gst_state,
        gst_skipped: r.gst_skipped === 1,
        signed: signed === 1,
        accepted_at: ctx.now().toISOString(),
      },
    });
    // The signature image is not kept (only that one was given); the aadhaar ref is spent.
    await updateRegistration(tctx, r, { client_id: clientId, signed, aadhaar_ref: r.aadhaar_ref });
    return { message: 'KYC accepted: client created', data: { client_id: clientId, status: '1' } };
  });
};

export const handlers: Record<string, Handler> = {
  preview_kyc: previewKyc,
  accept_kyc: acceptKyc,
};
