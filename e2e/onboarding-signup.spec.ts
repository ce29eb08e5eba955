import { expect, test } from './fixtures';
import { kyc, newPerson, onboardingWizard, testIp } from './pages/onboarding-wizard';

test.use({ extraHTTPHeaders: { 'x-forwarded-for': testIp() } });

/**
 * The public self-signup from start to finish, reading the codes from the sandbox inbox:
 * a GST-registered company and a skip-GST proprietor, each on a phone (390×844) and a
 * desktop, in English and Hindi, with axe on every step.
 */
const JOURNEYS = [
  { kind: 'company', gst: true, locale: 'en', viewport: { width: 390, height: 844 }, draw: true },
  { kind: 'company', gst: true, locale: 'hi', viewport: { width: 1280, height: 800 }, draw: false },
  { kind: 'proprietor', gst: false, locale: 'hi', viewport: { width: 390, height: 844 }, draw: false },
  { kind: 'proprietor', gst: false, locale: 'en', viewport: { width: 1280, height: 800 }, draw: true },
] as const;

for (const j of JOURNEYS) {
  test.describe(`self-signup: ${j.kind} (${j.gst ? 'GST' : 'no GST'}) at ${j.viewport.width}px in ${j.locale}`, () => {
    test.use({ viewport: j.viewport });
    test.setTimeout(150_000);

    test('start to finish, then the client signs in to their own account only', async ({
      page,
      request,
      axe,
      signInAs,
    }) => {
      const w = onboardingWizard(page, j.locale);
      // Next streams a page's metadata: after a client-side step change the title comes a moment later.
      const axeStep = async () => {
        await expect(page).toHaveTitle(/\S/);
        await axe();
      };
      const m = w.m;
      const person = newPerson(j.kind);
      const pan = kyc.pan(j.kind === 'company' ? 'C' : 'P');
      const aadhaar = kyc.aadhaar();

      await page.goto('/signup');
      if (j.locale === 'hi') await page.getByRole('button', { name: 'हिन्दी' }).click();
      await expect(page.getByRole('heading', { level: 1, name: m['signup.title'] })).toBeVisible();
      await expect(page.locator(`div[lang="${j.locale}"]`).first()).toBeVisible();
      // Every step is named up front, the current one marked.
      await expect(w.steps.getByRole('listitem')).toHaveCount(9);
      await expect(w.current).toContainText(m['steps.account']);
      await axeStep();

      await w.submitAccount(person);
      await expect(w.current).toContainText(m['steps.otp']);
      await axeStep();

      await w.verifyContacts(request, person);
      await expect(w.heading).toHaveText(m['steps.pan']);
      await axeStep();

      await w.verifyPan(j.kind === 'company' ? 'company' : 'proprietorship', pan);
      await expect(w.heading).toHaveText(m['steps.aadhaar']);
      await axeStep();

      await w.requestAadhaar(aadhaar);
      await expect(w.heading).toHaveText(m['steps.aadhaar_verify']);
      await expect(w.step).toContainText(aadhaar.slice(-4));
      await axeStep();

      await w.verifyAadhaar(request, person.mobile);
      await expect(w.heading).toHaveText(m['steps.gst']);
      await axeStep();

      if (j.gst) {
        await w.field(m['gst.number']).fill(kyc.gstin(pan));
        await w.button(m['gst.submit']).click();
      } else {
        await w.button(m['gst.skip']).click();
      }
      await expect(w.heading).toHaveText(m['steps.review']);
      const masked = `${pan.slice(0, 2)}•••••${pan.slice(7)}`;
      await expect(w.step.getByText(masked)).toBeVisible();
      await expect(w.step).toContainText(aadhaar.slice(-4));
      // PAN and Aadhaar appear masked only (a GSTIN contains the PAN by definition: leave it out).
      const shown = ((await page.locator('body').textContent()) ?? '').replace(kyc.gstin(pan), '');
      expect(shown).not.toContain(pan);
      expect(shown).not.toContain(aadhaar.slice(0, 8));
      await axeStep();

      await w.button(m['review.confirm']).click();
      await expect(w.heading).toHaveText(m['steps.sign']);
      await axeStep();
      if (j.draw) {
        await w.drawSignature();
        await w.step.getByRole('checkbox').check();
        await w.button(m['sign.submit']).click();
      } else {
        await w.typeSignatureAndAccept(person.name);
      }

      await expect(w.heading).toHaveText(m['done.title']);
      const clientId = (await w.step.getByTestId('client-id').textContent())?.trim() ?? '';
      expect(clientId).toMatch(/^[A-Za-z0-9_-]+$/);
      await axeStep();

      // The end-client signs in with the password chosen at registration.
      await w.step.getByRole('link', { name: m['done.signIn'] }).click();
      await signInAs({ email: person.email, password: person.password });
      await expect(page).toHaveURL(/\/account$/);
      await expect(page.getByRole('main')).toContainText(clientId);
      await expect(page.getByRole('main')).toContainText('Active');
      await expect(page.getByRole('main')).toContainText(person.name);
      // …and nothing else: the console and other clients' pages send them back to their account.
      for (const path of ['/dashboard', '/clients', '/onboarding/new', '/clients/1']) {
        await page.goto(path);
        await expect(page).toHaveURL(/\/account$/);
      }
    });
  });
}
