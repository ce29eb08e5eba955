import { describe, expect, it } from 'vitest';
import { gstinCheckChar, verhoeffDigit } from '@/lib/validation';
import { checkAadhaar, checkAccount, checkGstin, checkPan, checkSign } from './validate';

const label = (b: string) => b;
const gstin = (state: string, pan: string) => {
  const first14 = `${state}${pan}1Z`;
  return first14 + gstinCheckChar(first14);
};
const aadhaar = (first11: string) => first11 + verhoeffDigit(first11);

describe('wizard checks (browser and server alike)', () => {
  it('account: every field at once, passwords must match', () => {
    const p = checkAccount({ name: '', email: 'nope', mobile: '12345', password: 'short', confirmPassword: 'short' });
    expect(Object.keys(p).sort()).toEqual(['email', 'mobile', 'name', 'password']);
    expect(
      checkAccount({
        name: 'A',
        email: 'a@x.in',
        mobile: '9876543210',
        password: 'longenough',
        confirmPassword: 'other',
      }),
    ).toEqual({
      confirmPassword: { key: 'v.confirm' },
    });
    expect(
      checkAccount({
        name: 'A',
        email: 'a@x.in',
        mobile: '+91 98765 43210',
        password: 'longenough',
        confirmPassword: 'longenough',
      }),
    ).toEqual({});
  });

  it('PAN: shape, 4th letter, and the 4th letter against the business type', () => {
    expect(checkPan({ btype: 'company', pan: 'ABC' }, label).pan?.key).toBe('v.panShape');
    expect(checkPan({ btype: 'company', pan: 'ABCXE1234F' }, label).pan?.key).toBe('v.panFourth');
    expect(checkPan({ btype: 'company', pan: 'abcpe1234f' }, label).pan).toEqual({
      key: 'v.panBtype',
      params: { btype: 'company', letters: 'C' },
    });
    expect(checkPan({ btype: 'company', pan: 'ABCCE1234F' }, label)).toEqual({});
    expect(checkPan({ btype: '', pan: 'ABCCE1234F' }, label).btype?.key).toBe('v.btype');
  });

  it('Aadhaar: length, leading digit and Verhoeff checksum', () => {
    const good = aadhaar('23456789012');
    expect(checkAadhaar({ aadhaar: good })).toEqual({});
    expect(checkAadhaar({ aadhaar: `${good.slice(0, 4)} ${good.slice(4, 8)} ${good.slice(8)}` })).toEqual({});
    const bad = good.slice(0, 11) + ((Number(good[11]) + 1) % 10);
    expect(checkAadhaar({ aadhaar: bad }).aadhaar?.key).toBe('v.aadhaarChecksum');
    expect(checkAadhaar({ aadhaar: aadhaar('12345678901') }).aadhaar?.key).toBe('v.aadhaarLeading');
    expect(checkAadhaar({ aadhaar: '1234' }).aadhaar?.key).toBe('v.aadhaarLength');
  });

  it('GSTIN: checksum, state code, and the embedded PAN equal to the verified one', () => {
    const pan = 'ABCCE1234F';
    const g = gstin('29', pan);
    expect(checkGstin({ gst_num: g }, { full: pan })).toEqual({});
    expect(checkGstin({ gst_num: g.toLowerCase() }, { masked: 'AB•••••34F' })).toEqual({});
    expect(checkGstin({ gst_num: gstin('29', 'XYZCE9876K') }, { full: pan }).gst_num?.key).toBe('v.gstOtherPan');
    expect(checkGstin({ gst_num: gstin('29', 'XYZCE9876K') }, { masked: 'AB•••••34F' }).gst_num?.key).toBe(
      'v.gstOtherPan',
    );
    expect(checkGstin({ gst_num: `${g.slice(0, 14)}${g[14] === 'A' ? 'B' : 'A'}` }, { full: pan }).gst_num?.key).toBe(
      'v.gstChecksum',
    );
    expect(checkGstin({ gst_num: gstin('40', pan) }, { full: pan }).gst_num?.key).toBe('v.gstState');
  });

  it('signature: a PNG or a saved one, and the terms accepted', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(checkSign({ signature: png, terms: 'on' }, { hasSavedSignature: false, needsPassword: false })).toEqual({});
    expect(
      Object.keys(checkSign({ signature: '', terms: '' }, { hasSavedSignature: false, needsPassword: false })).sort(),
    ).toEqual(['signature', 'terms']);
    expect(checkSign({ terms: 'on' }, { hasSavedSignature: true, needsPassword: false })).toEqual({});
    expect(
      checkSign(
        { signature: 'data:text/html;base64,AAAA', terms: 'on' },
        { hasSavedSignature: true, needsPassword: false },
      ).signature,
    ).toBeDefined();
    expect(
      checkSign({ signature: png, terms: 'on' }, { hasSavedSignature: false, needsPassword: true }).password,
    ).toBeDefined();
  });
});
