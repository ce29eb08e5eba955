import { expect, test, unique } from './fixtures';
import { hydrated } from './pages/hydration';
import { didSchedulePage } from './pages/numbers-page';
import { buyDids, createSandboxClient } from './support/sandbox-client';

/** Issue 14 item 4: holidays by year, no past dates, messages that belong to their change. */
async function clientWithNumber() {
  const c = await createSandboxClient({ name: 'Holidays', credits: 5000 });
  const [did] = await buyDids(c.clientId, 1, { country_code: '+91', region: '5' });
  return { ...c, didId: did.didId };
}

// India's today, as the portal judges "past".
const todayInIndia = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Kolkata',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

test.describe('holidays for a new user', () => {
  test.use({ role: 'owner' });

  test('a past date is refused with a message; the pack defaults to the rest of this year and next', async ({
    page,
    axe,
  }) => {
    const c = await clientWithNumber();
    await page.goto(`/clients/${c.clientId}/numbers/${c.didId}`);
    const sched = didSchedulePage(page);
    await hydrated(sched.add.getByRole('button', { name: 'Add holiday' }));

    await sched.add.getByLabel('Holiday name').fill('Old day');
    await sched.add.getByLabel('Date').fill('2020-05-01');
    await sched.add.getByRole('button', { name: 'Add holiday' }).click();
    await expect(sched.add).toContainText('Choose today or a later date');
    await expect(sched.holidays).toHaveCount(0);

    const year = Number(todayInIndia().slice(0, 4));
    const years = sched.pack.getByLabel('Years');
    await expect(years.locator('option:checked')).toHaveText(`Rest of ${year} and ${year + 1}`);
    await sched.pack.getByRole('button', { name: "Add India's national holidays" }).click();
    const message = sched.pack.locator('p[aria-live="polite"]');
    await expect(message).toContainText(`${year}: added`);
    await expect(message).toContainText(`${year + 1}: added`);
    // Each year says whether its list is complete or the fixed national days only.
    await expect(message).toContainText(/(complete gazetted list|fixed national days only)[\s\S]*\d{4}: added/);
    const dates = await sched.holidays.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d && d >= todayInIndia()).toBe(true);
    await axe();

    // A later change (deleting one) takes the pack's message away: it belonged to the pack.
    const first = sched.holidays.getByRole('button', { name: /^Delete / }).first();
    await first.click();
    await expect(sched.holidays.getByRole('button', { name: /^Delete / })).toHaveCount(dates.length - 1);
    await expect(sched.pack).not.toContainText(`${year}: added`);

    const own = unique('Founders day');
    await sched.add.getByLabel('Holiday name').fill(own);
    await sched.add.getByLabel('Date').fill(`${year + 1}-12-30`);
    await sched.add.getByRole('button', { name: 'Add holiday' }).click();
    await expect(sched.holidayRow(own)).toBeVisible();
    await expect(sched.add).not.toContainText('Choose today or a later date');
  });
});
