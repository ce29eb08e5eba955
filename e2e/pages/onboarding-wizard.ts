import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, expect, type Page } from '@playwright/test';
import { en } from '../../lib/i18n/en';
import { hi } from '../../lib/i18n/hi';
import { gstinCheckChar } from '../../lib/validation/gstin';
import { verhoeffDigit } from '../../lib/validation/verhoeff';
import { hydrated } from './hydration';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const pick = (s: string) => s[Math.floor(Math.random() * s.length)];
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');

/** Test data that passes the same checks the portal runs; unique per call. */
export const kyc = {
  /** A valid Indian mobile (starts 9, second digit 7–9 keeps it inside allotted ranges). */
  mobile: () => `9${pick('789')}${digits(8)}`,
  email: (tag: string) => `${tag}-${Date.now().toString(36)}${digits(4)}@example.in`,
  /** PAN whose 4th letter is `holder` (C company, P person). */
  pan: (holder: 'C' | 'P' | 'F') =>
    `${pick(LETTERS)}${pick(LETTERS)}${pick(LETTERS)}${holder}${pick(LETTERS)}${digits(4)}${pick(LETTERS)}`,
  gstin: (pan: string, state = '29') => {
    const first14 = `${state}${pan}1Z`;
    return first14 + gstinCheckChar(first14);
  },
  aadhaar: () => {
    const first11 = `${pick('23456789')}${digits(10)}`;
    return first11 + verhoeffDigit(first11);
  },
};

type InboxMessage = { to: string; channel: string; purpose: string; code: string; sent_at: string };

/** The newest code of a purpose sent to `to`, from the sandbox inbox (its stand-in for SMS/email). */
export async function latestCode(
  request: APIRequestContext,
  to: string,
  purpose: 'registration' | 'aadhaar',
): Promise<string> {
  let found = '';
  await expect
    .poll(async () => {
      const res = await request.get(`/sandbox/inbox.json?to=${encodeURIComponent(to)}`, { headers: inboxHeaders() });
      const list = (await res.json()) as InboxMessage[];
      found = list.find((m) => m.purpose === purpose)?.code ?? '';
      return found;
    })
    .toMatch(/^\d{6}$/);
  return found;
}

/** The sandbox inbox answers staff or the sandbox key only (app/sandbox/inbox.json/route.ts). */
export const inboxHeaders = () => ({ Authorization: `Bearer ${sandboxKey()}` });

/** The sandbox partner key, to arm faults (`/sandbox/_faults` wants it like any endpoint). */
export function sandboxKey(): string {
  if (process.env.CANARY_PARTNER_KEY) return process.env.CANARY_PARTNER_KEY;
  const file = path.resolve(process.env.DATA_DIR ?? 'data', 'sandbox-secrets.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { partnerApiKey: string }).partnerApiKey;
}

export type Person = { name: string; email: string; mobile: string; password: string };

export function newPerson(tag: string): Person {
  return { name: `E2E ${tag} ${digits(5)}`, email: kyc.email(tag), mobile: kyc.mobile(), password: `Pw-${digits(8)}` };
}

/** The onboarding wizard (self-signup at /signup, staff at /onboarding/…), in English or Hindi. */
export function onboardingWizard(page: Page, locale: 'en' | 'hi' = 'en') {
  const m = locale === 'hi' ? hi : en;
  const step = page.locator('section[aria-labelledby="step-title"]');
  const self = {
    page,
    m,
    step,
    heading: step.getByRole('heading', { level: 2 }),
    steps: page.getByRole('navigation', { name: /Registration steps|पंजीकरण के चरण/ }),
    current: page.locator('nav li[aria-current="step"]'),
    alert: step.getByRole('alert'),
    status: step.locator('[aria-live="polite"]'),
    field: (label: string | RegExp) => step.getByLabel(label, { exact: typeof label === 'string' }),
    button: (name: string | RegExp) => step.getByRole('button', { name }),

    async fillAccount(p: Person) {
      // The step arrives as its own chunk: text typed before it hydrates can be reset by
      // hydration, and the submit then finds empty fields ("Check the highlighted fields").
      await hydrated(self.button(m['account.submit']));
      await self.field(m['account.name']).fill(p.name);
      await self.field(m['account.email']).fill(p.email);
      await self.field(m['account.mobile']).fill(p.mobile);
      await self.field(m['account.password']).fill(p.password);
      await self.field(m['account.confirm']).fill(p.password);
    },
    async submitAccount(p: Person) {
      await self.fillAccount(p);
      await self.button(m['account.submit']).click();
      await expect(self.heading).toHaveText(m['steps.otp']);
    },
    async verifyContacts(request: APIRequestContext, p: Person) {
      await self.field(m['otp.email']).fill(await latestCode(request, p.email, 'registration'));
      await self.field(m['otp.mobile']).fill(await latestCode(request, p.mobile, 'registration'));
      await self.button(m['otp.submit']).click();
    },
    async verifyPan(btype: string, pan: string) {
      await self.field(m['pan.btype']).selectOption(btype);
      await self.field(m['pan.pan']).fill(pan);
      await self.button(m['pan.submit']).click();
    },
    async requestAadhaar(aadhaar: string) {
      await self.field(m['aadhaar.number']).fill(aadhaar);
      await self.button(m['aadhaar.submit']).click();
    },
    async verifyAadhaar(request: APIRequestContext, mobile: string) {
      await self.field(m['aadhaarVerify.otp']).fill(await latestCode(request, mobile, 'aadhaar'));
      await self.button(m['aadhaarVerify.submit']).click();
    },
    async typeSignatureAndAccept(name: string) {
      await step.getByRole('radio', { name: m['sign.type'] }).check();
      await self.field(m['sign.typed']).fill(name);
      await step.getByRole('checkbox').check();
      await self.button(m['sign.submit']).click();
    },
    /** Draws a stroke on the signature pad with the mouse. */
    async drawSignature() {
      const canvas = step.locator('canvas');
      const box = await canvas.boundingBox();
      if (!box) throw new Error('signature pad not visible');
      await page.mouse.move(box.x + 20, box.y + box.height / 2);
      await page.mouse.down();
      for (let i = 1; i <= 10; i++)
        await page.mouse.move(box.x + 20 + i * 20, box.y + box.height / 2 + (i % 2 ? 15 : -15));
      await page.mouse.up();
    },
  };
  return self;
}

/**
 * A private address per test file: the portal limits signup starts per IP (it reads
 * X-Forwarded-For), and every test here comes from one machine.
 */
export function testIp(): string {
  const octet = () => Math.floor(Math.random() * 254) + 1;
  return `10.${octet()}.${octet()}.${octet()}`;
}
