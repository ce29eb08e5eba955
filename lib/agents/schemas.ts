import { z } from 'zod';
import { didNumberSchema, idSchema, textSchema } from '@/lib/partner-api/endpoints/common';
import { scheduleFieldsSchema } from '@/lib/schedule/form';
import { emailSchema, indianMobileSchema } from '@/lib/validation';
import { IMPORT_CHUNK, IMPORT_COLUMNS, MAX_IMPORT_ROWS } from './import-columns';
import { PASSWORD_RULES } from './password-rules';

/**
 * The agents' input schemas, shared by the side-panel form's actions, the CSV import preview
 * and the import itself, so a row the preview accepts is a row the import accepts.
 * Server-side only (zod, libphonenumber-js): the browser sends raw values and gets errors back.
 */

/** Form fields left empty mean "not given" (upstream keeps or assigns its own value). */
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(s: T) => z.preprocess(blankToUndefined, s.optional());

export const agentPasswordSchema = z.string({ error: 'Enter a password' }).superRefine((pw, ctx) => {
  const unmet = PASSWORD_RULES.filter((r) => !r.test(pw));
  if (unmet.length) ctx.addIssue({ code: 'custom', message: `Needs: ${unmet.map((r) => r.label).join(', ')}` });
});

export const agentExtensionSchema = z
  .string()
  .trim()
  .regex(/^\d{2,8}$/, { error: 'An extension is 2 to 8 digits' });

const yesNo = z.enum(['0', '1'], { error: 'Choose yes or no' });

/** Every documented field of add_agent / edit_agent except the ids. */
export const agentFieldsSchema = z.object({
  name: textSchema(100),
  email: emailSchema,
  // libphonenumber-js with India as the default country: "+91 98765 43210" → "9876543210".
  phonenumber: indianMobileSchema,
  password: agentPasswordSchema,
  extension: optional(agentExtensionSchema),
  reporting_manager: optional(idSchema),
  manager: optional(yesNo),
  is_webrtc: optional(yesNo),
  dial_preference: optional(idSchema),
  did_num: optional(didNumberSchema),
  permission_group: optional(idSchema),
});
export type AgentFields = z.output<typeof agentFieldsSchema>;

export const addAgentSchema = agentFieldsSchema.extend({ client_id: idSchema });
export const editAgentSchema = agentFieldsSchema.extend({ client_id: idSchema, agent_id: idSchema });

export const agentRefSchema = z.object({ client_id: idSchema, agent_id: idSchema });

export const availabilitySchema = agentRefSchema.extend({
  available: z.union([z.boolean(), z.enum(['0', '1'])]).transform((v) => v === true || v === '1'),
});

export const changeDidSchema = z.object({
  client_id: idSchema,
  agent_ext: agentExtensionSchema,
  did_num: didNumberSchema,
});

export const agentScheduleSchema = z.intersection(agentRefSchema, scheduleFieldsSchema);

// ---- CSV import ----

/** One CSV row as the browser parsed it: every value a string, unknown columns dropped. */
export const importRowSchema = agentFieldsSchema.pick({
  name: true,
  email: true,
  phonenumber: true,
  password: true,
  extension: true,
  is_webrtc: true,
  did_num: true,
  permission_group: true,
});
export type ImportRow = z.output<typeof importRowSchema>;

const rawRow = z.record(z.string(), z.string().max(500).nullish()).transform((r) => {
  const out: Record<string, string> = {};
  for (const col of IMPORT_COLUMNS) out[col] = (r[col] ?? '').trim();
  return out;
});

export const previewImportSchema = z.object({
  client_id: idSchema,
  rows: z
    .array(rawRow)
    .min(1, { error: 'The file has no rows' })
    .max(MAX_IMPORT_ROWS, { error: `Import at most ${MAX_IMPORT_ROWS} rows at a time` }),
});

export const runImportSchema = z.object({
  client_id: idSchema,
  rows: z
    .array(z.object({ line: z.number().int().min(1), values: rawRow }))
    .min(1)
    .max(IMPORT_CHUNK * 5),
});
