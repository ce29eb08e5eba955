import type { Browser, BrowserContext } from '@playwright/test';
import { en } from '../lib/i18n/en';
import { authFile, expect, test } from './fixtures';
import { hydrated } from './pages/hydration';
import { inboxHeaders, kyc, newPerson, onboardingWizard, type Person, testIp } from './pages/onboarding-wizard';

test.use({ extraHTTPHeaders: { 'x-forwarded-for': testIp() } });
test.setTimeout(150_000);

/** Staff enter the contact details only: there is no password for them to choose. */
async function staffAccount(w: ReturnType<typeof onboardingWizard>, person: Person) {
  // As in fillAccount: typed text can be reset by the step's hydration (seen once under CI load).
  await hydrated(w.button(en['account.submit']));
  await w.field(en['account.name']).fill(person.name);
  await w.field(en['account.email']).fill(person.email);
  await w.field(en['account.mobile']).fill(person.mobile);
  await expect(w.field(en['account.password'])).toHaveCount(0);
  await expect(w.field(en['account.confirm'])).toHaveCount(0);
  await w.button(en['account.submit']).click();
  await expect(w.heading).toHaveText(en['steps.otp']);
}

/** The client's own phone: no session, its own browser context. */
async function clientPhone(browser: Browser, canary: { watch: (c: BrowserContext) => void }) {
  // (Contexts opened in a test inherit its options: start this one signed out explicitly.)
  const phone = await browser.newContext({
    storageState: { cookies: [], origins: [] },
    viewport: { width: 390, height: 844 },
    extraHTTPHeaders: { 'x-forwarded-for': testIp() },
  });
  canary.watch(phone);
  return phone;
}

/** The client signs, accepts, and chooses the password of their portal sign-in. */
async function clientSigns(w: ReturnType<typeof onboardingWizard>, person: Person) {
  await expect(w.heading).toHaveText(en['steps.sign']);
  await w.step.getByRole('radio', { name: en['sign.type'] }).check();
  await w.field(en['sign.typed']).fill(person.name);
  await w.field(en['account.password']).fill(person.password);
  await w.field(en['account.confirm']).fill(person.password);
  await w.step.getByRole('checkbox').check();
  await w.button(en['sign.submit']).click();
  await expect(w.heading).toHaveText(en['done.title']);
}

// Signed in through the form, not from saved sessions: e2e/.auth is shared by every runner on
// this machine, and a session saved against another server would not open this one.
test.describe('staff-led onboarding', () => {
  test('staff enter the details up to the signature, then hand off: the client signs and sets the password', async ({
    page,
    request,
    browser,
    canary,
    axe,
    signInAs,
  }) => {
    await signInAs('operations');
    const w = onboardingWizard(page);
    const person = newPerson('staff');
    const pan = kyc.pan('F');
    await page.goto('/onboarding/new');
    await expect(page.getByRole('heading', { level: 1, name: 'New client' })).toBeVisible();
    await axe();
    await staffAccount(w, person);
    await expect(page).toHaveURL(/\/onboarding\/(?!new)[^/?]+\?step=otp$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Onboarding: ${person.name}`);
    await w.verifyContacts(request, person);
    await w.verifyPan('partnership', pan);
    await w.requestAadhaar(kyc.aadhaar());
    await w.verifyAadhaar(request, person.mobile);
    await w.field(en['gst.number']).fill(kyc.gstin(pan, '07'));
    await w.button(en['gst.submit']).click();
    await expect(w.heading).toHaveText(en['steps.review']);
    await expect(w.step).toContainText('Delhi');

    // Back navigation: a verified PAN shows as done; GST may still change.
    await w.steps.getByRole('link', { name: /Business type and PAN/ }).click();
    await expect(w.step).toContainText(en['common.stepDone']);
    await expect(w.field(en['pan.pan'])).toHaveCount(0);
    await w.steps.getByRole('link', { name: /GST/ }).click();
    await expect(w.step).toContainText(en['gst.changeNote']);
    await w.button(en['gst.skip']).click();
    await expect(w.heading).toHaveText(en['steps.review']);
    await expect(w.step).toContainText('Not GST-registered');
    await w.button(en['review.confirm']).click();

    // The sign step is the client's: staff get a hand-off, never a signature pad or "accept".
    await expect(w.heading).toHaveText(en['steps.sign']);
    await expect(w.step.locator('canvas')).toHaveCount(0);
    await expect(w.button(en['sign.submit'])).toHaveCount(0);
    await expect(w.step.getByRole('checkbox')).toHaveCount(0);
    await w.step.getByRole('button', { name: 'Create link and QR code' }).click();
    const link = await w.step.getByLabel('Link', { exact: true }).inputValue();
    expect(link).toMatch(/\/signup\/resume\/[A-Za-z0-9_-]+$/);
    await expect(w.step.getByRole('img', { name: /QR code/ })).toBeVisible();
    await axe();

    const phone = await clientPhone(browser, canary);
    const p2 = await phone.newPage();
    await p2.goto(new URL(link).pathname);
    await expect(p2).toHaveURL(/\/signup$/);
    await clientSigns(onboardingWizard(p2), person);

    await page.reload();
    await expect(w.heading).toHaveText(en['done.title']);
    const clientId = (await w.step.getByTestId('client-id').textContent())?.trim() ?? '';
    expect(clientId).toMatch(/^[A-Za-z0-9_-]+$/);
    // Only the client knows the password: it is theirs to sign in with.
    await signInAs({ email: person.email, password: person.password }, p2);
    await expect(p2).toHaveURL(/\/account$/);
    await phone.close();

    await page.goto(`/clients?q=${encodeURIComponent(person.name)}`);
    await expect(page.getByRole('main')).toContainText(person.name);
  });

  test('hand-off: staff enter the details, the client finishes on their own device from the resume link', async ({
    page,
    request,
    browser,
    canary,
    signInAs,
  }) => {
    await signInAs('operations');
    const staff = onboardingWizard(page);
    const person = newPerson('handoff');
    const pan = kyc.pan('P');
    await page.goto('/onboarding/new');
    await staffAccount(staff, person);
    const draftUrl = page.url().replace(/\?.*$/, '');

    await page.getByRole('button', { name: en['resume.staffSend'] }).click();
    await expect(page.getByText(/Link sent to the client’s email and mobile/)).toBeVisible();
    const link = (await page.getByTestId('resume-url').getAttribute('href')) ?? '';
    expect(link).toMatch(/\/signup\/resume\/[A-Za-z0-9_-]{43}$/);
    const inbox = (await (
      await request.get(`/sandbox/inbox.json?to=${encodeURIComponent(person.email)}`, { headers: inboxHeaders() })
    ).json()) as {
      purpose: string;
    }[];
    expect(inbox.some((m) => m.purpose === 'resume')).toBe(true);

    const phone = await clientPhone(browser, canary);
    const p2 = await phone.newPage();
    await p2.goto(new URL(link).pathname);
    await expect(p2).toHaveURL(/\/signup$/);
    const client = onboardingWizard(p2);
    await expect(client.heading).toHaveText(en['steps.otp']);
    // Contact details are masked for whoever holds the link.
    await expect(client.step).not.toContainText(person.email);
    await client.verifyContacts(request, person);
    await client.verifyPan('individual', pan);
    await client.requestAadhaar(kyc.aadhaar());
    await client.verifyAadhaar(request, person.mobile);
    await client.button(en['gst.skip']).click();
    await client.button(en['review.confirm']).click();
    await clientSigns(client, person);

    // Staff see the same draft as complete, and the link no longer opens anything.
    await page.goto(draftUrl);
    await expect(staff.heading).toHaveText(en['done.title']);
    await p2.goto(new URL(link).pathname);
    await expect(p2).toHaveURL(/\/signup\?resume=invalid$/);

    // The client's sign-in works with the password they chose on their phone.
    await signInAs({ email: person.email, password: person.password }, p2);
    await expect(p2).toHaveURL(/\/account$/);
    await phone.close();
  });
});

test.describe('a client user', () => {
  test('cannot open the console or the onboarding wizard', async ({ page, signInAs }) => {
    await signInAs('client');
    for (const path of ['/dashboard', '/onboarding', '/onboarding/new', '/clients']) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/account$/);
    }
  });
});

test('resume after a reload and after closing the tab; continue on another device with the emailed link', async ({
  page,
  context,
  request,
  browser,
}) => {
  const w = onboardingWizard(page);
  const person = newPerson('resume');
  await page.goto('/signup');
  await w.submitAccount(person);
  await w.verifyContacts(request, person);
  await expect(w.heading).toHaveText(en['steps.pan']);

  await page.reload();
  await expect(w.heading).toHaveText(en['steps.pan']);
  await page.close();
  const again = await context.newPage();
  await again.goto('/signup');
  const w2 = onboardingWizard(again);
  await expect(w2.heading).toHaveText(en['steps.pan']);
  await expect(w2.current).toContainText(en['steps.pan']);

  await again.getByRole('button', { name: en['resume.send'] }).click();
  await expect(again.getByText(en['resume.sent'])).toBeVisible();
  // The sandbox inbox page (staff only) shows the message body with the link.
  const staff = await browser.newContext({ storageState: authFile('owner') });
  const inboxPage = await staff.newPage();
  await inboxPage.goto(`/sandbox/inbox?to=${encodeURIComponent(person.email)}`);
  const href = (await inboxPage.locator('a[href*="/signup/resume/"]').first().getAttribute('href')) ?? '';
  expect(href).toMatch(/\/signup\/resume\//);
  await staff.close();

  const other = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': testIp() } });
  const p3 = await other.newPage();
  await p3.goto(new URL(href, 'http://x').pathname);
  const w3 = onboardingWizard(p3);
  await expect(w3.heading).toHaveText(en['steps.pan']);
  await w3.verifyPan('company', kyc.pan('C'));
  await expect(w3.heading).toHaveText(en['steps.aadhaar']);
  // Back on the first device, the step done elsewhere shows as done.
  await again.goto('/signup');
  await expect(w2.heading).toHaveText(en['steps.aadhaar']);
  await other.close();

  // The link works once: opened again (here, in a fresh browser) it says to ask for a new one.
  const fourth = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': testIp() } });
  const p4 = await fourth.newPage();
  await p4.goto(new URL(href, 'http://x').pathname);
  await expect(p4).toHaveURL(/\/signup\?resume=used$/);
  await expect(p4.getByRole('alert').filter({ hasText: en['signup.resumeUsed'] })).toBeVisible();
  await fourth.close();
});
