import { setImmediate as yieldToLoop } from 'node:timers/promises';

/**
 * JSON.parse of a big upstream answer in slices, yielding to the event loop between them.
 * The unpaged `clients` list is ~2.4 MB at 10,000 clients: one JSON.parse of it holds the loop
 * for 25-30 ms on an idle core (much more on a busy one), and every request in the process waits.
 *
 * How: one scan finds the biggest array (the root array, or an array value of the root object,
 * e.g. the envelope's `data`) and commas between its elements about every PARSE_SLICE characters.
 * The rest of the document (with that array emptied) and each run of elements are then parsed with
 * JSON.parse itself, one run per turn of the loop. Streaming parsers written in JS were tried and
 * are ~10 × slower than JSON.parse in total; this keeps JSON.parse's speed and exact grammar.
 *
 * Why the result equals JSON.parse(text), and a text JSON.parse rejects is rejected: the pieces
 * are the original text cut at places the scan saw as outside strings; each is parsed strictly,
 * so if all parse, the scan's reading of strings and brackets was JSON's, and gluing the runs back
 * (comma-separated, none empty) gives the same array. Anything the scan cannot vouch for (a
 * duplicated or `__proto__` key, unbalanced brackets, an unterminated string) falls back to one
 * plain JSON.parse, whose result or error is then the answer.
 */
export const SLICED_MIN_CHARS = 256 * 1024;
// The scan is a JS loop: until V8 optimises it (first refresh of a process) it runs interpreted, ~10 × slower.
const SCAN_SLICE = 128 * 1024;
const PARSE_SLICE = 128 * 1024;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const isWs = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

type Span = { start: number; end: number };
type Candidate = { open: number; close: number; key: Span | null; cuts: number[] };

/** Tests make texts count as big and slices small; the app uses the defaults. */
export type SlicedOptions = {
  minChars?: number;
  parseSlice?: number;
  scanSlice?: number;
  pause?: () => Promise<unknown>;
};

/** Same result as JSON.parse(text), or throws a SyntaxError; big texts are parsed in slices. */
export async function parseJsonSliced(text: string, opts: SlicedOptions = {}): Promise<unknown> {
  if (text.length < (opts.minChars ?? SLICED_MIN_CHARS)) return JSON.parse(text);
  const pause = opts.pause ?? (() => yieldToLoop());
  const plan = await scan(text, opts.parseSlice ?? PARSE_SLICE, opts.scanSlice ?? SCAN_SLICE, pause);
  if (!plan) return JSON.parse(text);
  const { best, rootIsArray, keys } = plan;

  let key: string | null = null;
  if (!rootIsArray) {
    if (!best.key) return JSON.parse(text);
    const names = keys.map((k) => JSON.parse(text.slice(k.start, k.end + 1)) as unknown);
    key = names[keys.indexOf(best.key)] as string;
    // JSON.parse keeps the last of duplicated keys; assigning __proto__ would set the prototype.
    if (key === '__proto__' || names.filter((n) => n === key).length !== 1) return JSON.parse(text);
  }

  const skeleton = JSON.parse(text.slice(0, best.open + 1) + text.slice(best.close)) as unknown;
  await pause();
  const items: unknown[] = [];
  const bounds = [best.open, ...best.cuts, best.close];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const run = JSON.parse(`[${text.slice(bounds[i] + 1, bounds[i + 1])}]`) as unknown[];
    // "[ , ]" cut at its comma would give two empty runs that parse: JSON.parse rejects it.
    if (bounds.length > 2 && run.length === 0) throw new SyntaxError('Unexpected "," in JSON array');
    for (const v of run) items.push(v);
    await pause();
  }
  if (rootIsArray) return items;
  const obj = skeleton as Record<string, unknown>;
  const slot = obj[key as string];
  if (!Array.isArray(slot) || slot.length !== 0) return JSON.parse(text);
  obj[key as string] = items;
  return obj;
}

/**
 * Finds the biggest array at the top (see above) and where to cut it. Null when the text's outline
 * is not one the slices can vouch for; the caller then parses it whole.
 */
async function scan(text: string, parseSlice: number, scanSlice: number, pause: () => Promise<unknown>) {
  const n = text.length;
  let i = 0;
  while (i < n && isWs(text.charCodeAt(i))) i++;
  const first = text.charCodeAt(i);
  if (first !== 0x7b && first !== 0x5b) return null;
  const rootIsArray = first === 0x5b;
  // Depth inside the array being cut: 1 for the root array, 2 for an array value of the root object.
  const inner = rootIsArray ? 1 : 2;
  let depth = 0;
  let lastString: Span | null = null;
  let lastKey: Span | null = null;
  const keys: Span[] = [];
  let cand: Candidate | null = null;
  let lastCut = 0;
  let best: Candidate | null = null;

  while (i < n) {
    const sliceEnd = Math.min(n, i + scanSlice);
    for (; i < sliceEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        // Jump to the closing quote: one not preceded by an odd run of backslashes.
        let j = text.indexOf('"', i + 1);
        for (;;) {
          if (j < 0) return null;
          let k = j - 1;
          while (text.charCodeAt(k) === BACKSLASH) k--;
          if ((j - 1 - k) % 2 === 0) break;
          j = text.indexOf('"', j + 1);
        }
        if (depth === 1) lastString = { start: i, end: j };
        i = j;
      } else if (c === 0x7b || c === 0x5b) {
        depth++;
        if (c === 0x5b && depth === inner && (depth === 1 || lastKey)) {
          cand = { open: i, close: -1, key: rootIsArray ? null : lastKey, cuts: [] };
          lastCut = i;
        }
      } else if (c === 0x7d || c === 0x5d) {
        if (cand && depth === inner) {
          if (c !== 0x5d) return null;
          cand.close = i;
          if (!best || cand.close - cand.open > best.close - best.open) best = cand;
          cand = null;
        }
        depth--;
        if (depth < 0) return null;
      } else if (c === 0x2c) {
        if (cand && depth === inner && i - lastCut >= parseSlice) {
          cand.cuts.push(i);
          lastCut = i;
        }
        if (depth === 1) lastKey = null;
      } else if (c === 0x3a && depth === 1 && !rootIsArray) {
        if (!lastString) return null;
        lastKey = lastString;
        keys.push(lastString);
      }
    }
    if (i < n) await pause();
  }
  if (depth !== 0 || !best) return null;
  return { best, rootIsArray, keys };
}
