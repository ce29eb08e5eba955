import { describe, expect, it } from 'vitest';
import { cleanWorkingHours, scheduleFieldsSchema } from './form';

describe('schedule form', () => {
  it('keeps open days and leaves closed days out', () => {
    const r = scheduleFieldsSchema.safeParse({
      timezone: 'Asia/Calcutta',
      mon_open: 'on',
      mon_from: '09:00',
      mon_to: '18:00',
      tue_from: '09:00',
      tue_to: '18:00',
    });
    expect(r.data).toEqual({ timezone: 'Asia/Kolkata', working_hours: { mon: { open: '09:00', close: '18:00' } } });
  });

  it('reports a closing time before the opening time on that day', () => {
    const r = scheduleFieldsSchema.safeParse({
      timezone: 'Asia/Kolkata',
      fri_open: 'on',
      fri_from: '18:00',
      fri_to: '09:00',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['working_hours.fri.close', 'Closing time must be after opening time'],
    ]);
  });

  it('requires times on an open day and a known time zone', () => {
    const r = scheduleFieldsSchema.safeParse({
      timezone: 'Mars/Olympus',
      sat_open: 'on',
      sat_from: '',
      sat_to: '13:00',
    });
    const paths = r.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('timezone');
    expect(paths).toContain('working_hours.sat.open');
  });

  it('cleans upstream working hours', () => {
    expect(
      cleanWorkingHours({ mon: { open: '09:00', close: '17:00' }, tue: null, xyz: { open: '1', close: '2' } }),
    ).toEqual({
      mon: { open: '09:00', close: '17:00' },
    });
  });
});
