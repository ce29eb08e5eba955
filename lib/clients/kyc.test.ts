import { describe, expect, it } from 'vitest';
import { summarizeKyc } from './kyc';

describe('summarizeKyc', () => {
  it('keeps an already-masked PAN and the Aadhaar last 4', () => {
    expect(
      summarizeKyc({ pan_masked: 'AB•••••34F', btype: 'company', aadhaar_last4: '2345', gst_skipped: true }),
    ).toMatchObject({ pan: 'AB•••••34F', businessType: 'company', aadhaarLast4: '2345', gst: { state: 'skipped' } });
  });
  it('masks a full PAN and cuts a full Aadhaar to its last 4, whatever upstream sends', () => {
    const s = summarizeKyc({ pan: 'ABCPE1234F', aadhaar: '2345 6789 0123' });
    expect(s?.pan).toBe('AB•••••34F');
    expect(s?.aadhaarLast4).toBe('0123');
    expect(JSON.stringify(s)).not.toContain('ABCPE1234F');
    expect(JSON.stringify(s)).not.toContain('6789');
    // A "masked" field that is really a full PAN is masked again.
    expect(summarizeKyc({ pan_masked: 'ABCPE1234F' })?.pan).toBe('AB•••••34F');
  });
  it('GST verified with its state', () => {
    expect(summarizeKyc({ gst_num: '27AAPFU0939F1ZV', gst_state: 'Maharashtra' })?.gst).toEqual({
      state: 'verified',
      number: '27AAPFU0939F1ZV',
      region: 'Maharashtra',
    });
  });
  it('null for empty or unreadable KYC', () => {
    expect(summarizeKyc({})).toBeNull();
    expect(summarizeKyc(null)).toBeNull();
    expect(summarizeKyc('x')).toBeNull();
    expect(summarizeKyc([1])).toBeNull();
  });
});
