import { z } from 'zod';
import {
  aadhaarSchema,
  btypeSchema,
  emailSchema,
  gstinSchema,
  indianMobileSchema,
  otpSchema,
  panWithBtypeSchema,
} from '@/lib/validation';
import { SIGNATURE_MAX, SIGNATURE_RE } from './validate';

/**
 * Shapes of the wizard's inputs, parsed on the server after validate.ts has produced the
 * localized messages (these schemas are the last word on what reaches the partner API).
 */
const password = z.string().min(8).max(128);

export const accountSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    email: emailSchema,
    mobile: indianMobileSchema,
    password,
    confirmPassword: z.string(),
    promo: z
      .string()
      .trim()
      .max(40)
      .optional()
      .transform((s) => s || undefined),
  })
  .refine((x) => x.password === x.confirmPassword, { path: ['confirmPassword'], error: 'The passwords do not match' });

export const otpPairSchema = z.object({ emailotp: otpSchema, mobileotp: otpSchema });
export const resendSchema = z.object({ channel: z.enum(['email', 'mobile']) });
export const panStepSchema = panWithBtypeSchema;
export const aadhaarStepSchema = z.object({ aadhaar: aadhaarSchema });
export const aadhaarOtpSchema = z.object({ otp: otpSchema });
export const gstStepSchema = z.object({ gst_num: gstinSchema });
export const signStepSchema = z.object({
  signature: z
    .string()
    .regex(SIGNATURE_RE)
    .max(SIGNATURE_MAX)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  terms: z.enum(['on', 'true']),
  password: z.string().max(128).optional(),
  confirmPassword: z.string().max(128).optional(),
});
export const resumeChannelSchema = z.object({ channel: z.enum(['email', 'mobile', 'both']).default('both') });

export { btypeSchema };
