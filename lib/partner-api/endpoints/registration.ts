import { z } from 'zod';
import {
  aadhaarSchema,
  BTYPES,
  btypeSchema,
  emailSchema,
  gstinSchema,
  indianMobileSchema,
  isValidPan,
  otpSchema,
  panMatchesBtype,
  panSchema,
} from '@/lib/validation';
import { anyId, count, endpoint, idSchema, optStr, passwordSchema, textSchema } from './common';

const GROUP = 'Client Registration & KYC';
const P = '/partnerclients';

const tempClient = { temp_client_id: idSchema };

const panOut = z.looseObject({ pan_masked: z.string(), name_on_pan: z.string(), btype: z.enum(BTYPES) });
const aadhaarOut = z.looseObject({ name: z.string(), aadhaar_last4: z.string() });
const gstOut = z.looseObject({ gst_num: z.string(), legal_name: z.string(), state: z.string() });

export const registrationEndpoints = {
  register: endpoint({
    name: 'register',
    group: GROUP,
    method: 'POST',
    path: `${P}/register`,
    readOnly: false,
    request: z.object({
      name: textSchema(100),
      email: emailSchema,
      mobile: indianMobileSchema,
      password: passwordSchema,
      // The portal onboards Indian businesses only (KYC is PAN/Aadhaar/GST), so +91 is fixed.
      country_code: z.literal('+91', { error: 'Only Indian (+91) mobile numbers can be registered' }).default('+91'),
      promo: textSchema(40).optional(),
    }),
    response: z.looseObject({ request_id: z.string() }),
  }),
  verify_otp: endpoint({
    name: 'verify_otp',
    group: GROUP,
    method: 'POST',
    path: `${P}/verify_otp`,
    readOnly: false,
    request: z.object({ request_id: idSchema, mobileotp: otpSchema, emailotp: otpSchema }),
    response: z.looseObject({ temp_client_id: anyId }),
  }),
  resend_otp: endpoint({
    name: 'resend_otp',
    group: GROUP,
    method: 'POST',
    path: `${P}/resend_otp`,
    readOnly: false,
    request: z.object({
      request_id: idSchema,
      type: z.enum(['email', 'mobile', 'both'], { error: 'Choose email, mobile or both' }),
    }),
    response: z.looseObject({
      request_id: z.string(),
      type: z.enum(['email', 'mobile', 'both']),
      resend_after_s: count.optional(),
    }),
  }),
  verify_pan: endpoint({
    name: 'verify_pan',
    group: GROUP,
    method: 'POST',
    path: `${P}/verify_pan`,
    readOnly: false,
    request: z
      .object({ ...tempClient, pan: panSchema, btype: btypeSchema })
      // Only once both halves are valid, so a bad PAN gets one message, not two.
      .refine(
        (v) =>
          !isValidPan(v.pan) || !(BTYPES as readonly string[]).includes(v.btype) || panMatchesBtype(v.pan, v.btype),
        {
          error: 'This PAN does not belong to that business type (check the 4th letter)',
          path: ['pan'],
        },
      ),
    response: panOut,
  }),
  aadhar_otp: endpoint({
    name: 'aadhar_otp',
    group: GROUP,
    method: 'POST',
    path: `${P}/aadhar_otp`,
    readOnly: false,
    request: z.object({ ...tempClient, aadhar_num: aadhaarSchema }),
    response: z.looseObject({ ref: z.string(), expires_in_s: count.optional() }),
  }),
  aadhar_verify: endpoint({
    name: 'aadhar_verify',
    group: GROUP,
    method: 'POST',
    path: `${P}/aadhar_verify`,
    readOnly: false,
    // `ref` is the reference_id that aadhar_otp returned.
    request: z.object({ ...tempClient, otp: otpSchema, ref: idSchema }),
    response: aadhaarOut,
  }),
  verify_gst: endpoint({
    name: 'verify_gst',
    group: GROUP,
    method: 'POST',
    path: `${P}/verify_gst`,
    readOnly: false,
    request: z.object({ ...tempClient, gst_num: gstinSchema }),
    response: gstOut,
  }),
  skip_gst: endpoint({
    name: 'skip_gst',
    group: GROUP,
    method: 'POST',
    path: `${P}/skip_gst`,
    readOnly: false,
    request: z.object(tempClient),
    response: z.looseObject({ gst: z.literal('skipped') }),
  }),
  preview_kyc: endpoint({
    name: 'preview_kyc',
    group: GROUP,
    method: 'POST',
    path: `${P}/preview_kyc`,
    readOnly: true,
    request: z.object(tempClient),
    response: z.looseObject({
      temp_client_id: anyId,
      name: z.string(),
      email: z.string(),
      mobile: z.string(),
      pan: panOut.nullish(),
      aadhaar: aadhaarOut.nullish(),
      gst: z.union([gstOut, z.looseObject({ skipped: z.literal(true) })]).nullish(),
      missing: z.array(z.string()).default([]),
    }),
  }),
  accept_kyc: endpoint({
    name: 'accept_kyc',
    group: GROUP,
    method: 'POST',
    path: `${P}/accept_kyc`,
    readOnly: false,
    request: z.object({
      ...tempClient,
      // A drawn signature as a data URL; capped so a runaway canvas cannot post megabytes upstream.
      signature: z
        .string()
        .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/, {
          error: 'The signature must be a PNG, JPEG or WebP image',
        })
        .max(1_500_000, { error: 'The signature image is too large' })
        .optional(),
    }),
    response: z.looseObject({
      client_id: anyId,
      status: anyId,
      missing: z.array(z.string()).optional(),
      message: optStr,
    }),
  }),
};
