import { randomBytes } from 'node:crypto';

let lastMs = 0;
let seq = 0;

/**
 * A time-ordered id (like a ULID): sorting by it is insertion order within a process, and
 * by time across instances. Used where rows are listed newest first, e.g. the audit log,
 * because several rows can share one millisecond timestamp.
 */
export function sortableId(now = Date.now()): string {
  if (now === lastMs) seq++;
  else {
    lastMs = now;
    seq = 0;
  }
  return `${now.toString(36).padStart(9, '0')}${seq.toString(36).padStart(4, '0')}${randomBytes(4).toString('hex')}`;
}
