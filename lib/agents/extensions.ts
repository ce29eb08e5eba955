/**
 * Extensions: upstream hands them out from 2101 upwards when add_agent omits one (reference
 * example), always above the highest in use, so old call logs stay unambiguous.
 */
export const FIRST_EXTENSION = 2101;

/** The next free extension above every one in `used` (non-numeric ones are ignored). */
export function nextFreeExtension(used: Iterable<string | null | undefined>): string {
  let max = FIRST_EXTENSION - 1;
  for (const e of used) {
    if (!e || !/^\d{1,8}$/.test(e)) continue;
    const n = Number(e);
    if (n > max) max = n;
  }
  return String(max + 1);
}

/** `count` extensions after the ones in `used`, for rows of an import that name none. */
export function nextFreeExtensions(used: Iterable<string | null | undefined>, count: number): string[] {
  const first = Number(nextFreeExtension(used));
  return Array.from({ length: count }, (_, i) => String(first + i));
}
