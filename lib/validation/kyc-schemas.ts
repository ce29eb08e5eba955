import { z } from 'zod';
import { AADHAAR_MESSAGES, aadhaarProblem, normalizeAadhaar } from './aadhaar';
import { GSTIN_MESSAGES, gstinProblem, normalizeGstin } from './gstin';
import { BTYPES, isValidPan, normalizePan, panMatchesBtype } from './pan';

/** The server's zod schemas over the zod-free KYC rules of pan.ts, gstin.ts and aadhaar.ts. */
export const btypeSchema = z.enum(BTYPES, { error: 'Choose a business type' });

export const panSchema = z
  .string({ error: 'Enter the PAN' })
  .transform(normalizePan)
  .refine((v) => /^[A-Z]{5}\d{4}[A-Z]$/.test(v), {
    error: 'PAN has 10 characters: 5 letters, 4 digits, 1 letter (e.g. ABCPE1234F)',
    abort: true,
  })
  .refine(isValidPan, { error: 'The 4th letter of a PAN must be one of A, B, C, F, G, H, J, L, P, T' });

/** PAN together with the business type it must belong to (message on the `pan` path). */
export const panWithBtypeSchema = z
  .object({ pan: panSchema, btype: btypeSchema })
  // Only once both halves are valid, so a bad PAN gets one message, not two.
  .refine(
    (v) => !isValidPan(v.pan) || !(BTYPES as readonly string[]).includes(v.btype) || panMatchesBtype(v.pan, v.btype),
    {
      error: 'This PAN does not belong to that business type (check the 4th letter)',
      path: ['pan'],
    },
  );

export const gstinSchema = z
  .string({ error: GSTIN_MESSAGES.shape })
  .transform(normalizeGstin)
  .superRefine((v, ctx) => {
    const problem = gstinProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: GSTIN_MESSAGES[problem] });
  });

export const aadhaarSchema = z
  .string({ error: AADHAAR_MESSAGES.length })
  .transform(normalizeAadhaar)
  .superRefine((v, ctx) => {
    const problem = aadhaarProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: AADHAAR_MESSAGES[problem] });
  });
