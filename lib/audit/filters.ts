import { z } from 'zod';
import type { AuditFilters } from './queries';

/** The audit viewer's URL (?actor=&client=&action=&outcome=&from=&to=&page=), leniently parsed. */
export const AUDIT_OUTCOMES = ['ok', 'denied', 'invalid', 'error', 'unauthenticated'] as const;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

export const auditUrlSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  actor: z.string().trim().max(120).optional().catch(undefined),
  client: z.string().trim().max(64).optional().catch(undefined),
  action: z.string().trim().max(80).optional().catch(undefined),
  outcome: z.enum(AUDIT_OUTCOMES).optional().catch(undefined),
  from: day,
  to: day,
});
export type AuditUrl = z.infer<typeof auditUrlSchema>;

export function parseAuditUrl(sp: Record<string, string | string[] | undefined>): AuditUrl {
  const flat = Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]));
  return auditUrlSchema.parse(flat);
}

/** Midnight of a calendar day in `zone`, as a UTC ISO instant. */
export function zonedMidnightIso(ymd: string, zone: string): string {
  const guess = Date.parse(`${ymd}T00:00:00Z`);
  // The zone's offset at that moment (twice, in case midnight sits next to a DST change).
  let t = guess;
  for (let i = 0; i < 2; i++) t = guess - offsetMs(t, zone);
  return new Date(t).toISOString();
}

function offsetMs(at: number, zone: string): number {
  let parts: Record<string, string>;
  try {
    parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      })
        .formatToParts(at)
        .map((p) => [p.type, p.value]),
    );
  } catch {
    return 0;
  }
  const local = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return local - Math.floor(at / 1000) * 1000;
}

/** The URL's filters as query bounds: "from" and "to" are whole days in the display zone. */
export function toFilters(u: AuditUrl, zone: string, scope?: { clientId: string }): AuditFilters {
  const next = (ymd: string) => new Date(Date.parse(`${ymd}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return {
    actor: u.actor || undefined,
    clientId: scope?.clientId ?? (u.client || undefined),
    action: u.action || undefined,
    outcome: u.outcome,
    fromIso: u.from ? zonedMidnightIso(u.from, zone) : undefined,
    toIso: u.to ? zonedMidnightIso(next(u.to), zone) : undefined,
  };
}

/** The URL parameters that reproduce these filters (for paging and the CSV link). */
export function urlParams(u: AuditUrl): Record<string, string | undefined> {
  return { actor: u.actor, client: u.client, action: u.action, outcome: u.outcome, from: u.from, to: u.to };
}
