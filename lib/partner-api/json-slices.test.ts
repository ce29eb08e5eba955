import { describe, expect, it } from 'vitest';
import { parseJsonSliced, SLICED_MIN_CHARS } from './json-slices';

const noPause = async () => {};
// Tiny thresholds so small texts go through the scan and are cut into many runs.
const tiny = { minChars: 0, parseSlice: 4, scanSlice: 7, pause: noPause };

async function outcome(text: string, opts = tiny): Promise<{ ok: true; value: unknown } | { ok: false }> {
  try {
    return { ok: true, value: await parseJsonSliced(text, opts) };
  } catch (e) {
    expect(e).toBeInstanceOf(SyntaxError);
    return { ok: false };
  }
}

function expected(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const client = (i: number) => ({
  client_id: `CL${String(i).padStart(10, '0')}`,
  name: `Client ${i} "quoted" [x], {y}: \\ é ${'\u2028'}`,
  email: `c${i}@example.test`,
  mobile: `+91 98765 ${String(i).padStart(5, '0')}`,
  status: i % 7 ? '1' : '0',
  balance: (i * 13.37).toFixed(2),
  valid_till: i % 3 ? '2027-01-01 00:00:00' : null,
  tags: [i, [i + 1, { deep: ['a', 'b]'] }], {}],
});

// A small deterministic PRNG so a failing case can be replayed.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('parseJsonSliced', () => {
  it('parses a big envelope equal to JSON.parse, yielding between slices', async () => {
    const text = JSON.stringify({
      status: 200,
      message: 'OK',
      data: Array.from({ length: 10_000 }, (_, i) => client(i)),
    });
    expect(text.length).toBeGreaterThan(SLICED_MIN_CHARS);
    let pauses = 0;
    const value = await parseJsonSliced(text, {
      pause: async () => {
        pauses++;
      },
    });
    expect(value).toEqual(JSON.parse(text));
    // About one pause per 128 KB run: the loop is never held for the whole text.
    expect(pauses).toBeGreaterThan(text.length / (256 * 1024));
  });

  it('parses a big root array and keeps the default thresholds for small texts', async () => {
    const text = JSON.stringify(
      Array.from({ length: 5000 }, (_, i) => client(i)),
      null,
      2,
    );
    expect(await parseJsonSliced(text)).toEqual(JSON.parse(text));
    let pauses = 0;
    const small = JSON.stringify({ status: 200, data: [1, 2, 3] });
    expect(
      await parseJsonSliced(small, {
        pause: async () => {
          pauses++;
        },
      }),
    ).toEqual({ status: 200, data: [1, 2, 3] });
    expect(pauses).toBe(0);
  });

  it('gives what JSON.parse gives on awkward but valid texts', async () => {
    const texts = [
      '{"data":[1,2,3],"data":[]}',
      '{"data":[],"data":[1,2,3,4,5,6,7,8]}',
      '{"__proto__":[1,2,3,4,5,6,7],"x":1}',
      '{"d\\u0061ta":[1,2,3,4,5,6],"data":[9]}',
      ' \n\t[ "a,b" , "]" , "\\\\" , "\\"" , [1,[2]] , {"k":[3]} ] \r\n',
      '{"a":{"b":[1,2,3,4,5,6,7,8]},"c":[1,2,3,4,5,6,7,8,9,10]}',
      '{"a":"[1,2,3,4,5,6,7,8,9]","b":[1]}',
      '{"a":[[1,2],[3,4],[5,6],[7,8]]}',
      '[]',
      '{}',
      '{"a":[]}',
      '{"a":[ ]}',
      '"just a string, long enough"',
      '12345678',
    ];
    for (const text of texts) expect(await outcome(text), text).toEqual(expected(text));
  });

  it('rejects what JSON.parse rejects', async () => {
    const texts = [
      '',
      '<html>oops</html>',
      '{"data":[1,2,3,]}',
      '{"data":[ , ]}',
      '{"data":[1,,2,3,4,5,6,7]}',
      '{"data":[1,2,3,4,5,6,7}',
      '{"data":[1,2,3,4,5,6,7]',
      '{"data":[1,2,3,4,5,6,7]}}',
      '{"data":[1,2,3,4,5,6,7]}{"x":[]}',
      '[1,2,3,4,5,6,7][8]',
      '{"data":["abc\\"]}',
      '{"data":[1,2,3,4,5,6,7] "x":1}',
      '{"data" [1,2,3,4,5,6,7]}',
      '\uFEFF{"data":[1,2,3,4,5,6,7]}',
    ];
    for (const text of texts) expect(await outcome(text), text).toEqual({ ok: false });
  });

  it('agrees with JSON.parse on thousands of random documents and random damage to them', async () => {
    const random = rng(20261202);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
    const value = (depth: number): unknown => {
      const r = random();
      if (depth > 3 || r < 0.35) return pick([0, -1.5, 1e21, true, false, null, 'x', 'a"b', 'c\\', '[', '}', ',', ':']);
      if (r < 0.7) return Array.from({ length: Math.floor(random() * 6) }, () => value(depth + 1));
      return Object.fromEntries(
        Array.from({ length: Math.floor(random() * 4) }, (_, i) => [
          pick(['k', 'data', `k${i}`, '"', ']']),
          value(depth + 1),
        ]),
      );
    };
    const damage = '[]{},:"\\ 0an';
    let checked = 0;
    for (let n = 0; n < 3000; n++) {
      const doc = random() < 0.5 ? { status: 200, data: value(0) } : value(0);
      let text = JSON.stringify(doc, null, random() < 0.3 ? 1 : undefined);
      const cuts = Math.floor(random() * 3);
      for (let k = 0; k < cuts; k++) {
        const at = Math.floor(random() * (text.length + 1));
        const how = random();
        if (how < 0.4) text = text.slice(0, at) + text.slice(at + 1);
        else if (how < 0.8) text = text.slice(0, at) + pick([...damage]) + text.slice(at);
        else text = text.slice(0, at);
      }
      const opts = { ...tiny, parseSlice: 1 + Math.floor(random() * 8), scanSlice: 1 + Math.floor(random() * 16) };
      expect(await outcome(text, opts), text).toEqual(expected(text));
      checked++;
    }
    expect(checked).toBe(3000);
  });
});
