import { zodFieldErrors } from '@/lib/action-core';
import { nextFreeExtensions } from './extensions';
import { IMPORT_COLUMNS } from './import-columns';
import { importRowSchema } from './schemas';

/**
 * The CSV import's plan, pure so it is unit-tested: each row is validated with the form's
 * schema, then checked for duplicates inside the file and against the client's agents.
 * Rows are matched to existing agents by email (within the client): a row whose email is
 * already an agent is skipped, which is what makes importing the same file twice safe.
 */
export type ExistingAgent = { email: string | null; extension: string | null; name: string };

export type PlannedRow =
  | { line: number; status: 'ready'; values: Record<string, string>; name: string; email: string }
  | { line: number; status: 'exists'; name: string; email: string; message: string }
  | { line: number; status: 'invalid'; name: string; email: string; errors: string[] };

const LABELS: Record<string, string> = {
  name: 'Name',
  email: 'Email',
  phonenumber: 'Phone',
  password: 'Password',
  extension: 'Extension',
  is_webrtc: 'WebRTC',
  did_num: 'Caller-id DID',
  permission_group: 'Permission group',
};

/** `lineOffset`: the file line of rows[0] (2 when line 1 is the header). */
export function planImport(rows: Record<string, string>[], existing: ExistingAgent[], lineOffset = 2): PlannedRow[] {
  const byEmail = new Map(existing.filter((a) => a.email).map((a) => [a.email!.toLowerCase(), a]));
  const byExt = new Map(existing.filter((a) => a.extension).map((a) => [a.extension!, a]));
  const seenEmail = new Map<string, number>();
  const seenExt = new Map<string, number>();
  const planned: PlannedRow[] = rows.map((raw, i) => {
    const line = i + lineOffset;
    const name = raw.name ?? '';
    const email = (raw.email ?? '').trim().toLowerCase();
    const parsed = importRowSchema.safeParse(raw);
    const errors: string[] = [];
    if (!parsed.success) {
      for (const [field, msgs] of Object.entries(zodFieldErrors(parsed.error)))
        errors.push(`${LABELS[field] ?? field}: ${msgs.join(' ')}`);
    }
    if (email) {
      const first = seenEmail.get(email);
      if (first !== undefined) errors.push(`Email: the same email is on line ${first}`);
      else seenEmail.set(email, line);
    }
    const ext = parsed.success ? parsed.data.extension : raw.extension || undefined;
    if (ext) {
      const first = seenExt.get(ext);
      if (first !== undefined) errors.push(`Extension: ${ext} is also on line ${first}`);
      else seenExt.set(ext, line);
    }
    if (errors.length || !parsed.success) return { line, status: 'invalid', name, email, errors };
    const known = byEmail.get(parsed.data.email);
    if (known) return { line, status: 'exists', name, email, message: `Already an agent (${known.name})` };
    if (ext) {
      const holder = byExt.get(ext);
      if (holder)
        return { line, status: 'invalid', name, email, errors: [`Extension: ${ext} belongs to ${holder.name}`] };
    }
    const values: Record<string, string> = {};
    for (const col of IMPORT_COLUMNS) if (raw[col]) values[col] = raw[col];
    return { line, status: 'ready', values, name: parsed.data.name, email: parsed.data.email };
  });

  // Rows without an extension get one now, above every extension in use or in the file, so
  // rows sent upstream in parallel never race for the same automatic extension.
  const needing = planned.filter((r) => r.status === 'ready' && !r.values.extension);
  const free = nextFreeExtensions([...byExt.keys(), ...seenExt.keys()], needing.length);
  needing.forEach((r, i) => {
    if (r.status === 'ready') r.values.extension = free[i];
  });
  return planned;
}

export type ImportSummary = { ready: number; exists: number; invalid: number };

export function summarize(rows: { status: string }[]): ImportSummary {
  return {
    ready: rows.filter((r) => r.status === 'ready').length,
    exists: rows.filter((r) => r.status === 'exists').length,
    invalid: rows.filter((r) => r.status === 'invalid').length,
  };
}

/** Runs `work` over `items` with at most `limit` in flight; results keep the input order. */
export async function mapLimit<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
