import { en } from '../lib/i18n/en';
import { expect, test } from './fixtures';
import {
  inboxHeaders,
  kyc,
  latestCode,
  newPerson,
  onboardingWizard,
  sandboxKey,
  testIp,
} from './pages/onboarding-wizard';

/**
 * Every error path of the self-signup says what happened and what to do next, and keeps
 * what was typed. OTP expiry (10 minutes) is reached through the sandbox's test control
 * `POST /sandbox/_otps/expire`, which expires one person's codes only.
 */
test.use({ extraHTTPHeaders: { 'x-forwarded-for': testIp() } });
test.setTimeout(120_000);

test('OTP: wrong codes count down, resend inside the cooldown waits, five wrong lock, and starting again recovers', async ({
  page,
  request,
}) => {
  const w = onboardingWizard(page);
  const person = newPerson('otp');
  await page.goto('/signup');
  await w.submitAccount(person);

  // Codes were just sent: resend waits, with a visible countdown.
  await expect(w.button(en['otp.resendEmail'])).toBeDisabled();
  await expect(w.step.getByText(/You can ask for a new code in \d+ s\./).first()).toBeVisible();

  // A wrong code: attempts left, what to do, and the typed codes stay.
  await w.field(en['otp.email']).fill('000000');
  await w.field(en['otp.mobile']).fill('000001');
  await w.button(en['otp.submit']).click();
  await expect(w.alert).toHaveText(
    'A code is wrong. Attempts left: 4. Check the newest message and type the code again.',
  );
  await expect(w.field(en['otp.email'])).toHaveValue('000000');
  await expect(w.field(en['otp.mobile'])).toHaveAttribute('aria-invalid', 'true');

  // Paste of a whole code (with spaces) lands as six digits.
  await w.field(en['otp.email']).fill('');
  await w.field(en['otp.email']).focus();
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', 'Code: 123 456');
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }),
    );
  });
  await expect(w.field(en['otp.email'])).toHaveValue('123456');

  // After a reload the portal no longer knows the cooldown: the API's answer shows it.
  await page.reload();
  await expect(w.heading).toHaveText(en['steps.otp']);
  await w.button(en['otp.resendMobile']).click();
  const resent = w.step.getByText(en['otp.resent']);
  await expect(w.alert.or(resent)).toBeVisible();
  if (await resent.isVisible()) {
    // A slow machine took longer than the 30 s cooldown: that resend was allowed, the next is not.
    await page.reload();
    await w.button(en['otp.resendMobile']).click();
  }
  await expect(w.alert).toHaveText(/^Wait \d+ seconds before asking for another code\.$/);
  await expect(w.button(en['otp.resendMobile'])).toBeDisabled();
  await expect(w.step.getByText(/You can ask for a new code in \d+ s\./)).toBeVisible();

  for (const left of [3, 2, 1]) {
    await w.field(en['otp.email']).fill('000000');
    await w.field(en['otp.mobile']).fill('000000');
    await w.button(en['otp.submit']).click();
    await expect(w.alert).toContainText(`Attempts left: ${left}.`);
  }
  await w.button(en['otp.submit']).click();
  await expect(w.alert).toHaveText(en['err.otpLocked']);
  // Even the right codes are refused now.
  await w.field(en['otp.email']).fill(await latestCode(request, person.email, 'registration'));
  await w.field(en['otp.mobile']).fill(await latestCode(request, person.mobile, 'registration'));
  await w.button(en['otp.submit']).click();
  await expect(w.alert).toHaveText(en['err.otpLocked']);

  // What the message says to do: start again with the same details.
  await w.step.getByRole('link', { name: en['otp.changeDetails'] }).click();
  await expect(w.heading).toHaveText(en['steps.account']);
  await expect(w.step).toContainText(en['account.restartNote']);
  await w.submitAccount(person);
  await expect
    .poll(
      async () =>
        (await (await request.get(`/sandbox/inbox.json?to=${person.mobile}`, { headers: inboxHeaders() })).json())
          .length,
    )
    .toBeGreaterThanOrEqual(2);
  await w.verifyContacts(request, person);
  await expect(w.heading).toHaveText(en['steps.pan']);
});

test('OTP: an expired code says so, keeps what was typed, and a resent code goes through', async ({
  page,
  request,
}) => {
  const w = onboardingWizard(page);
  const person = newPerson('expired');
  await page.goto('/signup');
  await w.submitAccount(person);
  const emailCode = await latestCode(request, person.email, 'registration');
  const mobileCode = await latestCode(request, person.mobile, 'registration');
  for (const to of [person.email, person.mobile]) {
    const res = await request.post('/sandbox/_otps/expire', {
      headers: { authorization: `Bearer ${sandboxKey()}` },
      data: { to },
    });
    expect(res.status()).toBe(200);
  }

  await w.field(en['otp.email']).fill(emailCode);
  await w.field(en['otp.mobile']).fill(mobileCode);
  await w.button(en['otp.submit']).click();
  await expect(w.alert).toHaveText(en['err.otpExpired']);
  await expect(w.field(en['otp.email'])).toHaveValue(emailCode);

  // What the message says to do: resend (once the 30 s cooldown is over), then the new codes.
  for (const channel of ['otp.resendEmail', 'otp.resendMobile'] as const) {
    await expect(w.button(en[channel])).toBeEnabled({ timeout: 40_000 });
    await w.button(en[channel]).click();
  }
  await expect.poll(() => latestCode(request, person.email, 'registration')).not.toBe(emailCode);
  await expect.poll(() => latestCode(request, person.mobile, 'registration')).not.toBe(mobileCode);
  await w.verifyContacts(request, person);
  await expect(w.heading).toHaveText(en['steps.pan']);
});

test('KYC checks run before any call, upstream faults and out-of-order steps are explained, and nothing typed is lost', async ({
  page,
  request,
}) => {
  const w = onboardingWizard(page);
  const person = newPerson('kyc');
  const pan = kyc.pan('C');
  await page.goto('/signup');
  await w.submitAccount(person);
  await w.verifyContacts(request, person);
  await expect(w.heading).toHaveText(en['steps.pan']);

  // Signing now is refused, with what is still due.
  await page.goto('/signup?step=sign');
  await expect(w.step.getByRole('alert')).toContainText(
    'Business type and PAN, Aadhaar number, Aadhaar OTP, GST, Review',
  );
  await expect(w.button(en['sign.submit'])).toHaveCount(0);
  await w.step.getByRole('link', { name: en['common.goCurrent'] }).click();
  await expect(w.heading).toHaveText(en['steps.pan']);

  // Invalid PAN (4th letter), then a valid PAN of the wrong type: both caught in the browser.
  await w.verifyPan('company', 'ABCXE1234F');
  await expect(w.step.getByText(en['v.panFourth'])).toBeVisible();
  await expect(w.field(en['pan.pan'])).toHaveValue('ABCXE1234F');
  await w.verifyPan('company', `${pan.slice(0, 3)}P${pan.slice(4)}`);
  await expect(w.step.getByText('This PAN does not belong to a Company: its 4th letter should be C.')).toBeVisible();
  await expect(w.field(en['pan.btype'])).toHaveValue('company');
  await w.verifyPan('company', pan);
  await expect(w.heading).toHaveText(en['steps.aadhaar']);

  // Aadhaar with a wrong check digit.
  const good = kyc.aadhaar();
  const bad = good.slice(0, 11) + ((Number(good[11]) + 1) % 10);
  await w.requestAadhaar(bad);
  await expect(w.step.getByText(en['v.aadhaarChecksum'])).toBeVisible();
  await expect(w.field(en['aadhaar.number'])).toHaveValue(bad);
  await w.requestAadhaar(good);
  await w.verifyAadhaar(request, person.mobile);
  await expect(w.heading).toHaveText(en['steps.gst']);

  // A GSTIN of another PAN: caught in the browser, also after a reload (masked PAN compared).
  const other = kyc.gstin(kyc.pan('C'));
  for (const reload of [false, true]) {
    if (reload) await page.reload();
    await w.field(en['gst.number']).fill(other);
    await w.button(en['gst.submit']).click();
    await expect(w.step.getByText(en['v.gstOtherPan'])).toBeVisible();
    await expect(w.field(en['gst.number'])).toHaveValue(other);
  }

  // An upstream fault (503 on a change: it may or may not have happened): the message says to
  // check before retrying, the GSTIN stays typed, and the same click then works.
  const armed = await request.post('/sandbox/_faults', {
    headers: { authorization: `Bearer ${sandboxKey()}` },
    data: { endpoint: 'verify_gst', kind: 'error', status: 503, times: 1 },
  });
  expect(armed.ok()).toBe(true);
  const gstin = kyc.gstin(pan);
  await w.field(en['gst.number']).fill(gstin);
  await w.button(en['gst.submit']).click();
  await expect(w.alert).toHaveText(en['err.upstreamUnknown']);
  await expect(w.field(en['gst.number'])).toHaveValue(gstin);
  await w.button(en['gst.submit']).click();
  await expect(w.heading).toHaveText(en['steps.review']);
});

test('a taken email or mobile gets a neutral message that names neither, and the form keeps its values', async ({
  page,
}) => {
  const w = onboardingWizard(page);
  const person = { ...newPerson('taken'), email: 'ops@guptalogistics.in' };
  await page.goto('/signup');
  await w.fillAccount(person);
  await w.button(en['account.submit']).click();
  await expect(w.alert).toHaveText(en['err.contactTaken']);
  await expect(w.step).not.toContainText(/already registered/i);
  await expect(w.field(en['account.email'])).toHaveValue(person.email);
  await expect(w.field(en['account.name'])).toHaveValue(person.name);
  await expect(w.field(en['account.password'])).toHaveValue(person.password);
});
