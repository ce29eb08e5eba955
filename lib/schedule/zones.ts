/** IANA time zones without zod (pickers in the browser, checks on the server). */
let zones: Set<string> | undefined;

/**
 * V8's list is ICU-canonical, which still says "Asia/Calcutta" and omits "UTC"; the API
 * and most people say "Asia/Kolkata". Both are accepted and the modern name is sent.
 */
export const PREFERRED_ZONE_NAMES: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
};

function supportedZones(): Set<string> {
  if (!zones) {
    const list = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    zones = new Set([...list, ...list.map((z) => PREFERRED_ZONE_NAMES[z] ?? z), 'UTC']);
  }
  return zones;
}

/** IANA names for pickers, with preferred spellings (Asia/Kolkata, not Asia/Calcutta). */
export function timezoneOptions(): string[] {
  return [...supportedZones()].filter((z) => !(z in PREFERRED_ZONE_NAMES)).sort();
}

export function isValidTimezone(tz: string): boolean {
  if (supportedZones().has(tz)) return true;
  // Other legacy aliases (e.g. "Asia/Kolkata" on an older ICU): accept exact-case IANA-looking
  // names the runtime resolves to a known zone; rejects offsets and lower-case spellings.
  if (!/^[A-Z][A-Za-z_-]+(\/[A-Z][A-Za-z0-9_+-]+){1,2}$/.test(tz)) return false;
  try {
    return supportedZones().has(new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone);
  } catch {
    return false;
  }
}

/** The modern spelling of a zone name (Asia/Calcutta → Asia/Kolkata). */
export function preferredZoneName(tz: string): string {
  return PREFERRED_ZONE_NAMES[tz] ?? tz;
}
