import { describe, expect, it } from 'vitest';
import { nextFreeExtension, nextFreeExtensions } from './extensions';
import { unmetPasswordRules } from './password-rules';
import { addAgentSchema, availabilitySchema, editAgentSchema } from './schemas';

const VALID = {
  client_id: 'CL1',
  name: 'Asha Verma',
  email: ' Asha@Example.COM ',
  phonenumber: '+91 98765 43210',
  password: 'Secure-pass1',
};

describe('agent schemas', () => {
  it('normalises email and phone (+91 default) and drops blank optional fields', () => {
    const r = addAgentSchema.parse({ ...VALID, extension: '', did_num: '', is_webrtc: '1' });
    expect(r.email).toBe('asha@example.com');
    expect(r.phonenumber).toBe('9876543210');
    expect(r.extension).toBeUndefined();
    expect(r.did_num).toBeUndefined();
    expect(r.is_webrtc).toBe('1');
    expect(addAgentSchema.parse({ ...VALID, phonenumber: '09876543210' }).phonenumber).toBe('9876543210');
  });

  it('gives a message per bad field', () => {
    const r = addAgentSchema.safeParse({
      client_id: 'CL1',
      name: '',
      email: 'nope',
      phonenumber: '12345',
      password: 'short',
      extension: '1',
      is_webrtc: 'maybe',
    });
    expect(r.success).toBe(false);
    const fields = new Set(r.error?.issues.map((i) => i.path[0]));
    expect([...fields].sort()).toEqual(['email', 'extension', 'is_webrtc', 'name', 'password', 'phonenumber']);
  });

  it('applies the same password rules the form shows', () => {
    expect(unmetPasswordRules('abcdefgh')).toEqual(['An upper-case letter', 'A digit']);
    expect(unmetPasswordRules('Secure-pass1')).toEqual([]);
    const r = addAgentSchema.safeParse({ ...VALID, password: 'abcdefgh' });
    expect(r.error?.issues[0].message).toContain('An upper-case letter');
  });

  it('requires agent_id on edit, and a password (the provider asks for it on every edit)', () => {
    expect(editAgentSchema.safeParse(VALID).success).toBe(false);
    expect(editAgentSchema.safeParse({ ...VALID, agent_id: 'AG1', password: '' }).success).toBe(false);
    expect(editAgentSchema.safeParse({ ...VALID, agent_id: 'AG1' }).success).toBe(true);
  });

  it('reads availability from booleans and "0"/"1"', () => {
    expect(availabilitySchema.parse({ client_id: 'C', agent_id: 'A', available: '1' }).available).toBe(true);
    expect(availabilitySchema.parse({ client_id: 'C', agent_id: 'A', available: false }).available).toBe(false);
    expect(availabilitySchema.safeParse({ client_id: 'C', agent_id: 'A', available: 'yes' }).success).toBe(false);
  });
});

describe('next free extension', () => {
  it('starts at 2101 and goes above the highest in use', () => {
    expect(nextFreeExtension([])).toBe('2101');
    expect(nextFreeExtension(['2101', '2105', null, 'abc'])).toBe('2106');
    expect(nextFreeExtension(['100'])).toBe('2101');
    expect(nextFreeExtension(['3000', '2102'])).toBe('3001');
  });

  it('hands out consecutive extensions for several rows', () => {
    expect(nextFreeExtensions(['2101', '2103'], 3)).toEqual(['2104', '2105', '2106']);
    expect(nextFreeExtensions([], 0)).toEqual([]);
  });
});
