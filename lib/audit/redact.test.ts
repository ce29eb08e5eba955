import { describe, expect, it } from 'vitest';
import { redactInput } from './redact';

describe('redactInput', () => {
  it('drops secrets and OTPs, keeps Aadhaar last four, masks PAN', () => {
    expect(
      redactInput({
        password: 'p',
        confirm: 'p',
        emailotp: '123456',
        access_token: 't',
        wss_header: 'Authorization: Bearer x',
        aadhar_num: '234567890124',
        pan: 'ABCPE1234F',
        name: 'Acme',
        nested: { otp: '1' },
      }),
    ).toEqual({
      password: '[redacted]',
      confirm: '[redacted]',
      emailotp: '[redacted]',
      access_token: '[redacted]',
      wss_header: '[redacted]',
      aadhar_num: '••••0124',
      pan: 'AB•••••34F',
      name: 'Acme',
      nested: { otp: '[redacted]' },
    });
  });

  it('omits data URLs such as signatures and cuts long strings', () => {
    expect(redactInput({ signature: 'data:image/png;base64,AAAA' })).toEqual({ signature: '[binary omitted]' });
    expect((redactInput({ note: 'x'.repeat(500) }) as { note: string }).note).toHaveLength(201);
  });
});
