import { describe, expect, it } from 'vitest';
import { mapLimit, planImport, summarize } from './import-plan';

const row = (i: number, over: Record<string, string> = {}) => ({
  name: `Agent ${i}`,
  email: `agent${i}@example.com`,
  phonenumber: `98765${String(i).padStart(5, '0')}`,
  password: 'Secure-pass1',
  ...over,
});

describe('planImport', () => {
  it('validates every row with the form schema and names the line and field', () => {
    const plan = planImport([row(1), row(2, { email: 'bad' }), row(3, { password: 'short' })], []);
    expect(plan.map((r) => r.status)).toEqual(['ready', 'invalid', 'invalid']);
    expect(plan[1]).toMatchObject({ line: 3, errors: [expect.stringContaining('Email')] });
    expect(plan[2]).toMatchObject({ line: 4, errors: [expect.stringContaining('Password')] });
  });

  it('flags duplicate emails and extensions inside the file, naming the first line', () => {
    const plan = planImport(
      [row(1, { extension: '2200' }), row(2, { email: 'AGENT1@example.com' }), row(3, { extension: '2200' })],
      [],
    );
    expect(plan.map((r) => r.status)).toEqual(['ready', 'invalid', 'invalid']);
    expect(plan[1].status === 'invalid' && plan[1].errors[0]).toContain('line 2');
    expect(plan[2].status === 'invalid' && plan[2].errors[0]).toContain('2200 is also on line 2');
  });

  it('matches existing agents by email (case-insensitive): a second import creates nobody', () => {
    const existing = [{ email: 'agent1@example.com', extension: '2101', name: 'Agent 1' }];
    const plan = planImport(
      [row(1), row(2, { email: 'Agent2@Example.com' })],
      [...existing, { email: 'agent2@example.com', extension: '2102', name: 'Agent 2' }],
    );
    expect(plan.map((r) => r.status)).toEqual(['exists', 'exists']);
    expect(summarize(plan)).toEqual({ ready: 0, exists: 2, invalid: 0 });
  });

  it('refuses an extension another agent holds, and plans free extensions for rows without one', () => {
    const existing = [{ email: 'x@example.com', extension: '2150', name: 'Existing' }];
    const plan = planImport([row(1, { extension: '2150' }), row(2), row(3, { extension: '2160' }), row(4)], existing);
    expect(plan[0]).toMatchObject({ status: 'invalid', errors: ['Extension: 2150 belongs to Existing'] });
    const exts = plan.filter((r) => r.status === 'ready').map((r) => (r.status === 'ready' ? r.values.extension : ''));
    // 2160 is in the file: automatic ones go above it and never collide.
    expect(exts).toEqual(['2161', '2160', '2162']);
  });

  it('never carries the password anywhere but the values sent upstream', () => {
    const plan = planImport([row(1), row(2, { email: 'bad' })], []);
    const { values: _v, ...ready } = plan[0] as { values: unknown };
    expect(JSON.stringify(ready)).not.toContain('Secure-pass1');
    expect(JSON.stringify(plan[1])).not.toContain('Secure-pass1');
  });
});

describe('mapLimit', () => {
  it('keeps order and never runs more than the limit at once', async () => {
    let inFlight = 0;
    let peak = 0;
    const out = await mapLimit([1, 2, 3, 4, 5, 6, 7, 8, 9], 4, async (n) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5 + (n % 3)));
      inFlight--;
      return n * 2;
    });
    expect(out).toEqual([2, 4, 6, 8, 10, 12, 14, 16, 18]);
    expect(peak).toBe(4);
  });
});
