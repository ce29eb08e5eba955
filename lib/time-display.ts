/**
 * THE timestamp formatter of the portal (issue 14 item 3). Meant for lib/time.ts, which was not
 * on main yet when this was written: move it there once it is. No zod, no server-only imports.
 */

/** Upstream "YYYY-MM-DD HH:MM:SS" (UTC), ISO strings, epoch ms or a Date → epoch ms, or null. */
function toMs(at: string | number | Date | null | undefined): number | null {
  if (at === null || at === undefined || at === '') return null;
  if (at instanceof Date) return at.getTime();
  if (typeof at === 'number') return at;
  const iso = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/.test(at) ? `${at.replace(' ', 'T')}Z` : at;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

const stampFormats = new Map<string, Intl.DateTimeFormat>();
const zoneNames = new Map<string, Intl.DateTimeFormat>();

function cached(map: Map<string, Intl.DateTimeFormat>, zone: string, make: (z: string) => Intl.DateTimeFormat) {
  let f = map.get(zone);
  if (!f) {
    try {
      f = make(zone);
    } catch {
      // An unknown zone (a hand-edited setting): UTC, which the label then says.
      f = make('UTC');
    }
    map.set(zone, f);
  }
  return f;
}

/** The zone's short name at that instant: "IST", "UTC", "GMT+4". */
export function zoneLabel(zone: string, at: number = Date.now()): string {
  const f = cached(zoneNames, zone, (z) => new Intl.DateTimeFormat('en-IN', { timeZone: z, timeZoneName: 'short' }));
  return f.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

/**
 * THE way a timestamp is shown in the portal: "2 Dec 2026, 09:41 IST", in the display zone
 * (Settings → General, `displayTimeZone`) and always labelled with it. Accepts upstream
 * "YYYY-MM-DD HH:MM:SS" (UTC), ISO strings, epoch ms or a Date; "—" when there is none.
 * Schedules are not shown through this: they keep their own zone and name it.
 */
export function formatTimestamp(at: string | number | Date | null | undefined, zone: string): string {
  const ms = toMs(at);
  if (ms === null || Number.isNaN(ms)) return '—';
  const f = cached(
    stampFormats,
    zone,
    (z) =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone: z,
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
  );
  const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, x.value]));
  return `${p.day} ${p.month} ${p.year}, ${p.hour}:${p.minute} ${zoneLabel(f.resolvedOptions().timeZone, ms)}`;
}
