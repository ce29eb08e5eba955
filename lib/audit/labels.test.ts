import { describe, expect, it } from 'vitest';
import { actionLabel, auditSentence, inputFields } from './labels';

describe('audit labels', () => {
  it('says what happened in plain words', () => {
    expect(auditSentence('onboarding.open-pending', 'invalid')).toBe(
      'Opened a pending registration — refused: invalid input',
    );
    expect(auditSentence('numbers.buy', 'ok')).toBe('Bought a number');
    expect(actionLabel('onboarding.staff.verify_pan')).toBe('Onboarding: verified the PAN');
    expect(actionLabel('reports.export-all')).toBe('Export all (reports)');
  });

  it('shows the redacted input as key/value pairs', () => {
    const json = JSON.stringify({
      client_id: 'CL1',
      password: '[redacted]',
      wh: { mon: { open: '09:00' } },
      rows: [1, 2],
    });
    expect(inputFields(json)).toEqual([
      { key: 'Client', value: 'CL1' },
      { key: 'password', value: '[redacted]' },
      { key: 'wh.mon.open', value: '09:00' },
      { key: 'rows', value: '2 items' },
    ]);
    expect(inputFields('null')).toEqual([]);
    expect(inputFields('{oops')).toEqual([{ key: 'input', value: '{oops' }]);
  });
});
