import { describe, expect, it } from 'vitest';
import { formatAge, type PendingItem, parsePendingQuery, queryPending, toPendingItem } from './list';
import { stageLabel } from './stages';

const NOW = new Date('2025-03-10T12:00:00.000Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const H = 3_600_000;

const raw = [
  {
    temp_client_id: 't1',
    request_id: 'r1',
    name: 'Rao Electricals',
    email: 'rao@example.in',
    mobile: '9700010001',
    stage: 'verify_otp',
    created_at: ago(6 * H),
  },
  {
    temp_client_id: 't2',
    request_id: 'r2',
    name: 'Nair Spices',
    email: 'nair@example.in',
    mobile: '9700011112',
    stage: 'verify_pan',
    created_at: ago(2 * 24 * H),
  },
  {
    temp_client_id: 't3',
    request_id: 'r3',
    name: 'Joshi Tutorials',
    email: 'joshi@example.in',
    mobile: '9700012223',
    stage: 'aadhar_otp',
    created_at: ago(30 * 60_000),
  },
  {
    temp_client_id: 't4',
    request_id: null,
    name: 'Banerjee Sweets',
    email: 'sweets@example.in',
    mobile: '9700013334',
    stage: 'verify_pan',
    created_at: ago(3 * H),
  },
];
const items: PendingItem[] = raw.map((r) => toPendingItem(r, NOW));
const q = (over: Partial<ReturnType<typeof parsePendingQuery>> = {}) => ({ ...parsePendingQuery({}), ...over });

describe('formatAge', () => {
  it('says minutes, hours and days', () => {
    expect(formatAge(ago(20_000), NOW)).toBe('just now');
    expect(formatAge(ago(12 * 60_000), NOW)).toBe('12 min');
    expect(formatAge(ago(3 * H + 59 * 60_000), NOW)).toBe('3 h');
    expect(formatAge(ago(2 * 24 * H + 5 * H), NOW)).toBe('2 d');
  });
  it('does not invent an age it does not know', () => {
    expect(formatAge(null, NOW)).toBe('Unknown');
    expect(formatAge('not a date', NOW)).toBe('Unknown');
  });
});

describe('stage labels', () => {
  it('names each next step for people', () => {
    expect(items.map((i) => i.stageLabel)).toEqual([
      'Verify email and mobile',
      'Business type and PAN',
      'Aadhaar number',
      'Business type and PAN',
    ]);
    expect(stageLabel('new_step')).toBe('new step');
  });
});

describe('queryPending', () => {
  it('sorts oldest first by default, newest on request', () => {
    expect(queryPending(items, q()).items.map((i) => i.tempClientId)).toEqual(['t2', 't1', 't4', 't3']);
    expect(queryPending(items, q({ sort: 'newest' })).items.map((i) => i.tempClientId)).toEqual([
      't3',
      't4',
      't1',
      't2',
    ]);
  });
  it('searches name, email and mobile (case and spacing ignored)', () => {
    expect(queryPending(items, q({ q: 'SPICES' })).items.map((i) => i.name)).toEqual(['Nair Spices']);
    expect(queryPending(items, q({ q: 'sweets@' })).items.map((i) => i.name)).toEqual(['Banerjee Sweets']);
    expect(queryPending(items, q({ q: '+91 97000 12223' })).items.map((i) => i.name)).toEqual(['Joshi Tutorials']);
    expect(queryPending(items, q({ q: 'nobody' })).total).toBe(0);
  });
  it('filters by stage and combines with search', () => {
    expect(queryPending(items, q({ stage: 'verify_pan' })).items.map((i) => i.tempClientId)).toEqual(['t2', 't4']);
    expect(queryPending(items, q({ stage: 'verify_pan', q: 'nair' })).total).toBe(1);
  });
  it('pages on the server and clamps a page past the end', () => {
    const p1 = queryPending(items, q({ page: 1 }), 3);
    expect(p1).toMatchObject({ total: 4, page: 1 });
    expect(p1.items).toHaveLength(3);
    const p9 = queryPending(items, q({ page: 9 }), 3);
    expect(p9.page).toBe(2);
    expect(p9.items.map((i) => i.tempClientId)).toEqual(['t3']);
  });
});

describe('parsePendingQuery', () => {
  it('falls back to defaults for odd input', () => {
    expect(parsePendingQuery({ page: '-2', sort: 'sideways', q: ['  rao ', 'x'] })).toEqual({
      q: 'rao',
      stage: '',
      sort: 'oldest',
      page: 1,
    });
  });
});
