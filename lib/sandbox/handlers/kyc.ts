import { type Handler, SandboxError } from '@/lib/sandbox/core';
import { nextId } from '@/lib/sandbox/ids';
import { checkOtps, cooldownLeft, OTP_TTL_S, sendOtp } from '@/lib/sandbox/otp-store';
import { requireKycRegistration, updateRegistration } from '@/lib/sandbox/registration-store';
import { reqStr } from '@/lib/sandbox/util';
import {
  AADHAAR_MESSAGES,
  aadhaarLast4,
  aadhaarProblem,
  BTYPES,
  GSTIN_MESSAGES,
  gstinPan,
  gstinProblem,
  gstinState,
  isValidPan,
  maskPan,
  normalizeGstin,
  normalizePan,
  panMatchesBtype,
} from '@/lib/validation';
import { handlers as acceptHandlers } from './kyc-accept';

const unprocessable = (field: string, message: string) => new SandboxError(422, message, { [field]: [message] });

const verifyPan: Handler = async (ctx, body) => {
  const r = await requireKycRegistration(ctx, reqStr(body, 'temp_client_id'));
  const pan = normalizePan(reqStr(body, 'pan'));
  const btype = reqStr(body, 'btype').toLowerCase();
  if (!(BTYPES as readonly string[]).includes(btype))
    throw unprocessable('btype', `btype must be one of ${BTYPES.join(', ')}`);
  if (!isValidPan(pan))
    throw unprocessable('pan', 'Invalid PAN: 5 letters, 4 digits, 1 letter with a valid 4th letter');
  if (!panMatchesBtype(pan, btype))
    throw unprocessable('pan', `This PAN does not belong to a ${btype} (check its 4th letter)`);
  // A new PAN invalidates a GSTIN checked against the old one.
  const gstReset =
    r.pan && r.pan !== pan ? { gst_num: null, gst_legal_name: null, gst_state: null, gst_skipped: 0 } : {};
  // The sandbox's "records": the name on the PAN is the registered name.
  const nameOnPan = r.name.toUpperCase();
  await updateRegistration(ctx, r, { pan, pan_name: nameOnPan, pan_btype: btype, ...gstReset });
  return { message: 'PAN verified', data: { pan_masked: maskPan(pan), name_on_pan: nameOnPan, btype } };
};

const aadharOtp: Handler = async (ctx, body) => {
  const r = await requireKycRegistration(ctx, reqStr(body, 'temp_client_id'));
  if (!r.pan) throw new SandboxError(409, 'Verify the PAN first (verify_pan)');
  const problem = aadhaarProblem(reqStr(body, 'aadhar_num'));
  if (problem) throw unprocessable('aadhar_num', AADHAAR_MESSAGES[problem]);
  const wait = await cooldownLeft(ctx, r.request_id, 'aadhaar', 'mobile');
  if (wait > 0)
    throw new SandboxError(429, `Wait ${wait} s before asking for another code`, undefined, { resend_after_s: wait });
  const ref = `ref_${await nextId(ctx, 'ref')}`;
  // Only the last four digits are kept: the full number is dropped with this request.
  await updateRegistration(ctx, r, {
    aadhaar_last4: aadhaarLast4(String(body.aadhar_num)),
    aadhaar_ref: ref,
    aadhaar_name: null,
  });
  // The sandbox treats the registered mobile as the Aadhaar-linked one.
  await sendOtp(ctx, { requestId: r.request_id, purpose: 'aadhaar', channel: 'mobile', to: r.mobile });
  return { message: 'OTP sent to the Aadhaar-linked mobile', data: { ref, expires_in_s: OTP_TTL_S } };
};

const aadharVerify: Handler = async (ctx, body) => {
  const r = await requireKycRegistration(ctx, reqStr(body, 'temp_client_id'));
  const otp = reqStr(body, 'otp');
  const ref = reqStr(body, 'ref');
  if (!r.aadhaar_ref) throw new SandboxError(409, 'Request the Aadhaar OTP first (aadhar_otp)');
  if (ref !== r.aadhaar_ref)
    throw new SandboxError(404, 'Unknown or superseded ref: use the one from the latest aadhar_otp');
  await checkOtps(ctx, r.request_id, 'aadhaar', { mobile: otp });
  await updateRegistration(ctx, r, { aadhaar_name: r.name });
  return { message: 'Aadhaar verified', data: { name: r.name, aadhaar_last4: r.aadhaar_last4 } };
};

async function requireAadhaarDone(ctx: Parameters<Handler>[0], body: Record<string, unknown>) {
  const r = await requireKycRegistration(ctx, reqStr(body, 'temp_client_id'));
  if (!r.pan) throw new SandboxError(409, 'Verify the PAN first (verify_pan)');
  if (!r.aadhaar_name) throw new SandboxError(409, 'Verify Aadhaar first (aadhar_otp, aadhar_verify)');
  return r;
}

const verifyGst: Handler = async (ctx, body) => {
  const r = await requireAadhaarDone(ctx, body);
  const gst = normalizeGstin(reqStr(body, 'gst_num'));
  const problem = gstinProblem(gst);
  if (problem) throw unprocessable('gst_num', GSTIN_MESSAGES[problem]);
  if (gstinPan(gst) !== r.pan) throw unprocessable('gst_num', 'The PAN inside this GSTIN is not the verified PAN');
  const state = gstinState(gst) ?? gst.slice(0, 2);
  const legalName = r.pan_name ?? r.name.toUpperCase();
  await updateRegistration(ctx, r, { gst_num: gst, gst_legal_name: legalName, gst_state: state, gst_skipped: 0 });
  return { message: 'GSTIN verified', data: { gst_num: gst, legal_name: legalName, state } };
};

const skipGst: Handler = async (ctx, body) => {
  const r = await requireAadhaarDone(ctx, body);
  await updateRegistration(ctx, r, { gst_num: null, gst_legal_name: null, gst_state: null, gst_skipped: 1 });
  return { message: 'GST skipped', data: { gst: 'skipped' } };
};

export const handlers: Record<string, Handler> = {
  verify_pan: verifyPan,
  aadhar_otp: aadharOtp,
  aadhar_verify: aadharVerify,
  verify_gst: verifyGst,
  skip_gst: skipGst,
  ...acceptHandlers,
};
