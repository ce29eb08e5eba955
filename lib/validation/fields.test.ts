import { describe, expect, it } from 'vitest';
import { emailSchema, indianMobileSchema, isValidIndianMobile, normalizeIndianMobile } from './contact';
import { panSchema, panWithBtypeSchema } from './kyc-schemas';
import { moneySchema, otpSchema } from './money';
import { BTYPES, isValidPan, maskPan, panMatchesBtype } from './pan';
import { isoDateSchema, isValidTimezone, timezoneOptions, timezoneSchema, workingHoursSchema } from './schedule';

const messages = (r: { error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  r.error?.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));

describe('PAN', () => {
  it('validates shape and the holder letter', () => {
    expect(isValidPan('ABCPE1234F')).toBe(true);
    expect(isValidPan('abcpe1234f')).toBe(false);
    expect(isValidPan('ABCDE1234F')).toBe(false);
    expect(isValidPan('ABCP1234F')).toBe(false);
    expect(panSchema.safeParse(' abcpe1234f ').data).toBe('ABCPE1234F');
    expect(messages(panSchema.safeParse('ABC12'))).toHaveLength(1);
  });

  it('matches PAN holder letters to business types', () => {
    const cases: [string, string, boolean][] = [
      ['ABCPE1234F', 'individual', true],
      ['ABCPE1234F', 'proprietorship', true],
      ['ABCPE1234F', 'company', false],
      ['ABCCE1234F', 'company', true],
      ['ABCFE1234F', 'partnership', true],
      ['ABCFE1234F', 'llp', true],
      ['ABCTE1234F', 'trust', true],
      ['ABCTE1234F', 'society', true],
      ['ABCAE1234F', 'society', true],
      ['ABCHE1234F', 'individual', false],
      ['ABCPE1234F', 'nonsense', false],
    ];
    for (const [pan, btype, ok] of cases) expect(panMatchesBtype(pan, btype), `${pan} ${btype}`).toBe(ok);
    expect(BTYPES).toHaveLength(7);
    expect(messages(panWithBtypeSchema.safeParse({ pan: 'ABCPE1234F', btype: 'company' }))?.[0].path).toBe('pan');
  });

  it('masks all but the first two and last three characters', () => {
    expect(maskPan('ABCPE1234F')).toBe('AB•••••34F');
    expect(maskPan('short')).toBe('••••••••••');
  });
});

describe('Indian mobile', () => {
  it.each(['9876543210', '+919876543210', '09876543210', '919876543210', '+91 98765-43210'])('normalises %s', (m) => {
    expect(normalizeIndianMobile(m)).toBe('9876543210');
    expect(indianMobileSchema.safeParse(m).data).toBe('9876543210');
  });

  it.each(['1234567890', '98765', '+14155552671', '01123456789', '', 'abcdefghij'])('rejects %s', (m) => {
    expect(isValidIndianMobile(m)).toBe(false);
    expect(indianMobileSchema.safeParse(m).success).toBe(false);
  });
});

describe('email and OTP', () => {
  it('trims and lower-cases email', () => {
    expect(emailSchema.safeParse(' Ops@Acme.COM ').data).toBe('ops@acme.com');
    expect(emailSchema.safeParse('not-an-email').success).toBe(false);
  });

  it('wants six digits', () => {
    expect(otpSchema.safeParse('123456').success).toBe(true);
    expect(otpSchema.safeParse('12345').success).toBe(false);
    expect(otpSchema.safeParse('12345a').success).toBe(false);
  });
});

describe('time zones', () => {
  it('accepts IANA names, UTC and the Calcutta/Kolkata alias, sending Asia/Kolkata', () => {
    expect(timezoneSchema.safeParse('Asia/Kolkata').data).toBe('Asia/Kolkata');
    expect(timezoneSchema.safeParse('Asia/Calcutta').data).toBe('Asia/Kolkata');
    expect(timezoneSchema.safeParse('UTC').success).toBe(true);
    expect(timezoneSchema.safeParse('Europe/London').success).toBe(true);
  });

  it('rejects unknown zones, offsets and other spellings', () => {
    for (const tz of ['Mars/Olympus', 'asia/kolkata', '+05:30', 'IST', '']) expect(isValidTimezone(tz), tz).toBe(false);
  });

  it('offers the preferred spelling in pickers', () => {
    const options = timezoneOptions();
    expect(options).toContain('Asia/Kolkata');
    expect(options).not.toContain('Asia/Calcutta');
    expect(options).toContain('UTC');
  });
});

describe('working hours', () => {
  it('accepts open days and treats missing days as closed', () => {
    const r = workingHoursSchema.safeParse({
      mon: { open: '09:00', close: '18:00' },
      sat: { open: '10:00', close: '14:30' },
    });
    expect(r.success).toBe(true);
    expect(workingHoursSchema.safeParse({}).success).toBe(true);
  });

  it('puts "close before open" on the close field of that day', () => {
    expect(messages(workingHoursSchema.safeParse({ tue: { open: '18:00', close: '09:00' } }))).toEqual([
      { path: 'tue.close', message: 'Closing time must be after opening time' },
    ]);
    expect(messages(workingHoursSchema.safeParse({ tue: { open: '09:00', close: '09:00' } }))?.[0].path).toBe(
      'tue.close',
    );
  });

  it('rejects bad times and unknown days', () => {
    expect(
      messages(workingHoursSchema.safeParse({ wed: { open: '9:00', close: '25:00' } }))?.map((m) => m.path),
    ).toEqual(['wed.open', 'wed.close']);
    expect(workingHoursSchema.safeParse({ monday: { open: '09:00', close: '18:00' } }).success).toBe(false);
  });
});

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isoDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(messages(isoDateSchema.safeParse('2023-02-29'))).toEqual([
      { path: '', message: 'This date does not exist' },
    ]);
    expect(isoDateSchema.safeParse('2025-13-01').success).toBe(false);
    expect(isoDateSchema.safeParse('15/08/2025').success).toBe(false);
  });
});

describe('money', () => {
  it.each([
    ['500', '500'],
    [500, '500'],
    ['500.5', '500.50'],
    [500.5, '500.50'],
    ['500.50', '500.50'],
    ['500.00', '500'],
    ['0.1', '0.10'],
    [' 1,000 ', '1000'],
    ['007', '7'],
  ])('normalises %j to %j', (input, out) => {
    expect(moneySchema.safeParse(input).data).toBe(out);
  });

  it.each([
    ['0', 'Enter an amount greater than 0'],
    ['0.00', 'Enter an amount greater than 0'],
    ['-5', 'Enter an amount greater than 0'],
    [-5, 'Enter an amount greater than 0'],
    ['1.234', 'Use at most two decimal places'],
    [0.1 + 0.2, 'Use at most two decimal places'],
    ['abc', 'Enter an amount in rupees, e.g. 500 or 500.50'],
    ['', 'Enter an amount in rupees, e.g. 500 or 500.50'],
    [Number.NaN, 'Enter an amount in rupees, e.g. 500 or 500.50'],
  ])('rejects %j', (input, message) => {
    expect(moneySchema.safeParse(input).error?.issues[0].message).toBe(message);
  });
});

describe('browser contact rules agree with the server validators', () => {
  it('mobile: same verdict as libphonenumber on common spellings', async () => {
    const { looksLikeIndianMobile } = await import('./contact-rules');
    const { isValidIndianMobile } = await import('./contact');
    for (const s of [
      '9876543210',
      '+91 98765 43210',
      '09876543210',
      '919876543210',
      '98765-43210',
      '5876543210',
      '98765',
      '+1 202 555 0143',
      'abc',
    ])
      expect(looksLikeIndianMobile(s), s).toBe(isValidIndianMobile(s));
  });

  it('email: same verdict as the zod email schema', async () => {
    const { looksLikeEmail } = await import('./contact-rules');
    const { emailSchema } = await import('./contact');
    for (const s of [
      'a@b.co',
      'first.last+tag@example.in',
      'a..b@x.com',
      '.a@x.com',
      'a@x',
      'a@-x.com',
      'no at',
      `${'a'.repeat(250)}@x.com`,
    ])
      expect(looksLikeEmail(s), s).toBe(emailSchema.safeParse(s).success);
  });
});
