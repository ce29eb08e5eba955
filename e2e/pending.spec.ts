import { expect, test } from './fixtures';
import { inboxHeaders } from './pages/onboarding-wizard';
import { pendingBoard } from './pages/pending-board';

// The sandbox seeds one pending registration per stage (lib/sandbox/seed-pending.ts).
const STAGE_LABELS = [
  'Verify email and mobile',
  'Business type and PAN',
  'Aadhaar number',
  'Aadhaar OTP',
  'GST number',
  'Review and sign',
];
const AGE = /^(just now|\d+ (min|h|d))$/;

test.describe('pending registrations board (owner)', () => {
  test.use({ role: 'owner' });

  test('lists pending registrations with contact, stage and age; one seeded per stage', async ({ page, axe }) => {
    const board = await pendingBoard(page).goto();
    await expect(page.getByRole('heading', { level: 1, name: 'Onboarding' })).toBeVisible();
    await expect(board.newClient).toHaveAttribute('href', '/onboarding/new');
    for (const label of STAGE_LABELS) await expect(board.stageBadges.filter({ hasText: label }).first()).toBeVisible();
    const nair = board.row('Nair Spices');
    await expect(nair).toContainText('nair@example.in');
    await expect(nair).toContainText('Business type and PAN');
    await expect(nair.locator('time')).toHaveText(AGE);
    await axe();
  });

  test('searches and filters by stage on the server, keeping the state in the URL', async ({ page }) => {
    const board = await pendingBoard(page).goto();
    await board.filter({ q: 'NAIR' });
    await expect(page).toHaveURL(/[?&]q=NAIR/);
    await expect(board.rows).toHaveCount(1);
    await expect(board.row('Nair Spices')).toBeVisible();
    await expect(board.search).toHaveValue('NAIR');

    await board.filter({ stage: 'Aadhaar number' });
    await expect(page).toHaveURL(/[?&]stage=aadhar_otp/);
    await expect(board.rows.first()).toBeVisible();
    const badges = await board.stageBadges.allTextContents();
    expect(badges.length).toBeGreaterThan(0);
    for (const b of badges) expect(b.trim()).toBe('Aadhaar number');

    // A mobile number typed with the country code finds the same registration.
    await board.filter({ q: '+91 97000 11112', stage: 'Business type and PAN' });
    await expect(board.rows).toHaveCount(1);
    await expect(board.row('Nair Spices')).toBeVisible();

    await board.filter({ q: 'Nair', stage: 'GST number' });
    await expect(
      page.getByRole('status').filter({ hasText: 'No pending registrations match these filters.' }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Clear' }).click();
    await expect(page).toHaveURL(/\/onboarding$/);
  });

  test('sends a resume link to the contact (sandbox inbox, purpose resume)', async ({ page, request }) => {
    const since = new Date(Date.now() - 1000).toISOString();
    const board = await pendingBoard(page).goto('?q=nair');
    const row = board.row('Nair Spices');
    await row.getByRole('button', { name: 'Send resume link' }).click();
    await expect(row.getByText('Resume link sent to nair@example.in and 9700011112.')).toBeVisible();
    await expect(row.getByRole('link', { name: 'sandbox inbox' })).toHaveAttribute(
      'href',
      '/sandbox/inbox?to=nair%40example.in',
    );

    const res = await request.get('/sandbox/inbox.json?to=nair@example.in', { headers: inboxHeaders() });
    const inbox = (await res.json()) as { to: string; channel: string; purpose: string; sent_at: string }[];
    expect(inbox.some((m) => m.purpose === 'resume' && m.channel === 'email' && m.sent_at >= since)).toBe(true);
    const sms = (await (
      await request.get('/sandbox/inbox.json?to=9700011112', { headers: inboxHeaders() })
    ).json()) as {
      purpose: string;
      sent_at: string;
    }[];
    expect(sms.some((m) => m.purpose === 'resume' && m.sent_at >= since)).toBe(true);
  });

  test('Continue opens the registration in the staff wizard at its next step', async ({ page }) => {
    const board = await pendingBoard(page).goto('?q=reddy');
    await board.row('Reddy Motors').getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveURL(/\/onboarding\/(?!new)[^/?]+$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Onboarding: Reddy Motors' })).toBeVisible();
    const steps = page.getByRole('navigation', { name: 'Registration steps' });
    await expect(steps.locator('[aria-current="step"]')).toHaveText(/GST/);
  });

  test('hands off to the client: a QR code and a link that opens the wizard at the right step elsewhere', async ({
    page,
    browser,
    canary,
    axe,
  }) => {
    const board = await pendingBoard(page).goto('?q=joshi');
    await board.row('Joshi Tutorials').getByRole('button', { name: 'Hand off' }).click();
    await expect(page).toHaveURL(/\/onboarding\/[^/]+\/handoff$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Hand off to the client' })).toBeVisible();

    await page.getByRole('button', { name: 'Create link and QR code' }).click();
    const qr = page.getByRole('img', { name: 'QR code that opens the hand-off link' });
    await expect(qr).toBeVisible();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    const url = await page.getByLabel('Link', { exact: true }).inputValue();
    expect(url).toMatch(/\/signup\/resume\/[A-Za-z0-9_-]{20,}$/);
    await expect(page.getByText(/^Expires /)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
    await axe();

    // The client's own phone: a second browser with no session at all.
    // The runner's contexts inherit the test's saved session: this one starts with none.
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      storageState: { cookies: [], origins: [] },
    });
    canary.watch(phone);
    try {
      const p = await phone.newPage();
      await p.goto(url);
      await expect(p).toHaveURL(/\/signup(\?|$)/);
      // Joshi Tutorials has PAN on file: the next step is the Aadhaar number.
      const steps = p.getByRole('navigation', { name: 'Registration steps' });
      await expect(steps.locator('[aria-current="step"]')).toHaveText(/Aadhaar number/);
    } finally {
      await phone.close();
    }
  });
});

test.describe('pending registrations board (viewer)', () => {
  test.use({ role: 'viewer' });

  test('a viewer sees the board but cannot act on it', async ({ page }) => {
    const board = await pendingBoard(page).goto();
    await expect(board.row('Nair Spices')).toBeVisible();
    await expect(board.newClient).toHaveCount(0);
    for (const name of ['Continue', 'Hand off', 'Send resume link'])
      await expect(page.getByRole('button', { name })).toHaveCount(0);
    await page.goto('/onboarding/any-draft/handoff');
    await expect(page).toHaveURL(/\/forbidden$/);
  });
});
