import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { z } from 'zod';
import { emailSchema } from '@/lib/validation';
import { checkBrandContrast, HEX_COLOR } from './contrast';

/** Empty form fields mean "not set". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const httpsUrl = z
  .string()
  .trim()
  .max(500, { error: 'The address is too long' })
  .refine(
    (v) => {
      try {
        const u = new URL(v);
        return u.protocol === 'https:' && u.hostname.includes('.');
      } catch {
        return false;
      }
    },
    { error: 'Enter a full https:// address, e.g. https://example.com/terms' },
  );

// A support line may be a landline or toll-free number, not only a mobile.
const phone = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const p = parsePhoneNumberFromString(v, 'IN');
    if (!p?.isValid()) {
      ctx.addIssue({ code: 'custom', message: 'Enter a valid phone number, e.g. 1800 123 4567 or +91 98765 43210' });
      return z.NEVER;
    }
    return p.formatInternational();
  });

export const brandUpdateSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: 'Enter the name shown to staff and clients' })
    .max(60, { error: 'Keep the name under 60 characters' }),
  primary_color: z
    .string()
    .trim()
    .toLowerCase()
    .regex(HEX_COLOR, { error: 'Enter a colour as # and 6 hex digits, e.g. #1d4ed8' })
    .superRefine((v, ctx) => {
      const check = checkBrandContrast(v);
      if (check.level === 'block') ctx.addIssue({ code: 'custom', message: check.messages[0] });
    }),
  support_email: optional(emailSchema),
  support_phone: optional(phone),
  terms_url: optional(httpsUrl),
  privacy_url: optional(httpsUrl),
  // A file input left empty still sends a nameless, empty File.
  logo: z.preprocess(
    (v) => (v instanceof File && v.size === 0 && !v.name ? undefined : v),
    z.instanceof(File).optional(),
  ),
  remove_logo: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()),
});
export type BrandUpdateInput = z.output<typeof brandUpdateSchema>;
