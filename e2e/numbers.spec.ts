import { expect, test, unique } from './fixtures';
import { hydrated } from './pages/hydration';
import { clientNumbersPage, didSchedulePage, numberSearchPage, sandbox } from './pages/numbers-page';
import { createSandboxClient, type NewClient, sandboxCall } from './support/sandbox-client';

const rupees = (text: string) => Number(text.replace(/[^\d.-]/g, ''));

test.describe('numbers: search, buy, schedule, remove', () => {
  // Purchases run one after another: the armed buy_did fault must meet only its own test.
  test.describe.configure({ mode: 'serial' });
  test.use({ role: 'owner' });

  // Clients of this run only, with credits for every purchase: the journey's client is found
  // by its (unique) name; the races buy on another one so their debit counts stay their own.
  let journey: NewClient;
  let race: NewClient;
  test.beforeAll(async () => {
    [journey, race] = await Promise.all([
      createSandboxClient({ name: 'Numbers Journey', credits: 10_000 }),
      createSandboxClient({ name: 'Numbers Race', credits: 10_000 }),
    ]);
  });

  test('find a client, search each way, buy, schedule, holidays, remove', async ({ page, request, axe }) => {
    // A long journey (three axe scans, a purchase, two forms, a removal) that first waits up to
    // one mirror refresh (15 s) for its new client to be searchable.
    test.setTimeout(120_000);
    const sbx = sandbox(request);

    await page.goto('/numbers');
    const found = page.getByRole('link', { name: `Numbers of ${journey.name}` });
    // The client was made upstream a moment ago, outside the portal: the clients mirror has it
    // within its refresh interval (15 s), so search again until it does.
    await expect(async () => {
      await page.getByRole('search', { name: 'Find a client' }).getByLabel('Client').fill(journey.name);
      await page.getByRole('button', { name: 'Find client' }).click();
      await expect(found).toBeVisible({ timeout: 3_000 });
    }).toPass({ timeout: 45_000 });
    await found.click();
    const list = clientNumbersPage(page);
    await expect(page).toHaveURL(`/clients/${journey.clientId}/numbers`);
    await list.searchLink.click();

    const search = numberSearchPage(page);
    await expect(search.form).toBeVisible();
    await search.search({ region: 'Mumbai (+91)', digits: '224', mode: 'starts with' });
    const starts = await search.numbers();
    expect(starts.length).toBeGreaterThan(0);
    for (const n of starts) expect(n.slice(3)).toMatch(/^224/);
    await axe();

    const sample = starts[1].slice(3); // national number, e.g. 2241234567
    await search.search({ digits: sample.slice(4, 8), mode: 'contains' });
    const contains = await search.numbers();
    expect(contains).toContain(starts[1]);
    for (const n of contains) expect(n.slice(3)).toContain(sample.slice(4, 8));

    await search.search({ digits: sample.slice(-4), mode: 'ends with' });
    const ends = await search.numbers();
    expect(ends).toContain(starts[1]);
    for (const n of ends) expect(n).toMatch(new RegExp(`${sample.slice(-4)}$`));
    // The search lives in the URL.
    expect(new URL(page.url()).searchParams.get('mode')).toBe('ends_with');

    const number = starts[1];
    await search.openConfirmation(number);
    const details = search.dialog.getByRole('definition');
    // Number, region, setup, monthly, balance, balance after.
    const setup = rupees((await details.nth(2).textContent()) ?? '');
    const balance = rupees((await details.nth(4).textContent()) ?? '');
    const after = rupees((await details.nth(5).textContent()) ?? '');
    expect(after).toBeCloseTo(balance - setup, 2);
    await axe();
    await search.confirmButton.click();
    await expect(search.dialog.getByText(`${number} now belongs to this client.`)).toBeVisible();
    await search.dialog.getByRole('link', { name: "See the client's numbers" }).click();
    await expect(list.row(number)).toBeVisible();
    expect(await sbx.setupDebits(journey.clientId, number)).toBe(1);

    // Schedule: Monday 10–19 copied to the weekdays, a bad Saturday refused, then fixed.
    await list.scheduleLink(number).click();
    const sched = didSchedulePage(page);
    await sched.ready();
    await sched.timezone.fill('Asia/Kolkata');
    await sched.open('Monday').check();
    await sched.opens('Monday').fill('10:00');
    await sched.closes('Monday').fill('19:00');
    await sched.copyMonday.click();
    await expect(sched.closes('Friday')).toHaveValue('19:00');
    await sched.open('Saturday').check();
    await sched.opens('Saturday').fill('14:00');
    await sched.closes('Saturday').fill('09:00');
    await sched.save.click();
    await expect(sched.schedule.getByText('Saturday: Closing time must be after opening time')).toBeVisible();
    await sched.closes('Saturday').fill('16:00');
    await sched.save.click();
    await expect(sched.schedule.getByText('Schedule saved.')).toBeVisible();
    await page.reload();
    await sched.ready();
    await expect(sched.closes('Thursday')).toHaveValue('19:00');
    await expect(sched.opens('Saturday')).toHaveValue('14:00');
    await expect(sched.open('Sunday')).not.toBeChecked();
    await axe();

    // Holidays: a year's pack (the year after next: all its dates are ahead), again (all
    // skipped), remove one, add one. Past dates and the default span: e2e/newuser-holidays.spec.ts.
    const year = new Date().getFullYear() + 2;
    await sched.pack.getByLabel('Years').selectOption(String(year));
    await sched.pack.getByRole('button', { name: "Add India's national holidays" }).click();
    await expect(sched.pack.getByText(new RegExp(`^${year}: added \\d+ holidays, `))).toBeVisible();
    await expect(sched.holidayRow('Republic Day')).toBeVisible();
    await sched.pack.getByRole('button', { name: "Add India's national holidays" }).click();
    await expect(
      sched.pack.getByText(new RegExp(`^${year}: added 0 holidays \\(\\d+ already on the list\\)`)),
    ).toBeVisible();
    const deleteDay = sched.holidays.getByRole('button', { name: `Delete Independence Day (${year}-08-15)` });
    await deleteDay.click();
    await expect(deleteDay).toHaveCount(0);
    await expect(sched.holidayRow('Republic Day')).toBeVisible();
    const own = unique('Founders day');
    await sched.add.getByLabel('Holiday name').fill(own);
    await sched.add.getByLabel('Date').fill(`${year}-12-30`);
    await sched.add.getByRole('button', { name: 'Add holiday' }).click();
    await expect(sched.holidayRow(own)).toBeVisible();

    // Something depends on the number: an agent uses it as caller id, a flow answers it.
    const ext = String(5000 + Math.floor(Math.random() * 4000));
    const agentName = unique('Caller');
    await sbx.call('add_agent', {
      client_id: journey.clientId,
      name: agentName,
      email: `${agentName}@example.in`.toLowerCase(),
      phonenumber: '9876543210',
      password: 'Agent-pass-1234',
      extension: ext,
      did_num: number,
    });
    const flow = await sbx.call('create_basic_flow', {
      client_id: journey.clientId,
      flow_name: unique('Flow'),
      agent_ext: ext,
      did_no: number,
    });

    await list.goto(journey.clientId);
    await hydrated(list.removeButton(number));
    await list.removeButton(number).click();
    const confirm = page.getByRole('dialog', { name: `Remove ${number}?` });
    await expect(confirm.getByText(`Call flow #${flow.flow_id} answers calls to it.`)).toBeVisible();
    await expect(confirm.getByText(`Used as caller id by: ${agentName} (ext. ${ext}).`)).toBeVisible();
    await confirm.getByRole('button', { name: 'Remove number' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(list.row(number)).toHaveCount(0);
    expect((await sbx.clientDids(journey.clientId)).map((d) => d.number)).not.toContain(number);
  });

  test('a double click and a second tab with the same confirmation buy once and debit once', async ({
    page,
    context,
    request,
  }) => {
    const sbx = sandbox(request);
    const search = numberSearchPage(page);
    await search.goto(race.clientId, '?region=3');
    const number = (await search.numbers())[3];
    await search.openConfirmation(number);

    // The same URL (same key) in a second tab of the same session.
    const tab2 = await context.newPage();
    await tab2.goto(page.url());
    const search2 = numberSearchPage(tab2);
    await hydrated(search2.confirmButton);

    await Promise.all([search.confirmButton.dblclick(), search2.confirmButton.click()]);
    for (const s of [search, search2]) {
      await expect(s.dialog.getByText(`${number} now belongs to this client.`)).toBeVisible({ timeout: 20_000 });
    }
    const owned = (await sbx.clientDids(race.clientId)).filter((d) => d.number === number);
    expect(owned).toHaveLength(1);
    expect(await sbx.setupDebits(race.clientId, number)).toBe(1);

    // Two tabs with DIFFERENT keys for one number: the second is refused upstream (409), not charged.
    await search.dialog.getByRole('link', { name: 'Close' }).click();
    await expect(search.dialog).toHaveCount(0);
    const other = (await search.numbers()).find((n) => n !== number)!;
    await search.openConfirmation(other);
    await tab2.goto(page.url().replace(/([?&])key=[^&]+/, `$1key=${crypto.randomUUID()}`));
    await hydrated(search2.confirmButton);
    await search.confirmButton.click();
    await expect(search.dialog.getByText(`${other} now belongs to this client.`)).toBeVisible();
    await search2.confirmButton.click();
    await expect(search2.dialog.getByRole('alert')).toContainText(`${other} already belongs to this client`);
    expect(await sbx.setupDebits(race.clientId, other)).toBe(1);
  });

  test('a timeout on buy_did shows pending, then is reconciled without a second purchase', async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000);
    const sbx = sandbox(request);
    const search = numberSearchPage(page);
    await search.goto(race.clientId, '?region=5');
    const number = (await search.numbers())[2];
    await search.openConfirmation(number);
    await sbx.armFault(race.clientId, { endpoint: 'buy_did', kind: 'timeout', times: 1 });
    try {
      await search.confirmButton.click();
      await expect(search.dialog.getByText('Pending.')).toBeVisible({ timeout: 30_000 });
      await expect(search.dialog.getByText(`${number} now belongs to this client.`)).toBeVisible({ timeout: 30_000 });
    } finally {
      await sbx.clearFaults(race.clientId);
    }
    expect((await sbx.clientDids(race.clientId)).filter((d) => d.number === number)).toHaveLength(1);
    expect(await sbx.setupDebits(race.clientId, number)).toBe(1);
  });
});

test.describe('numbers: who may do what', () => {
  // Read-only checks, on a client of this run that owns one number.
  let owned: NewClient;
  test.beforeAll(async () => {
    // Setup fees run up to ₹2,999 a number.
    owned = await createSandboxClient({ name: 'Numbers Roles', credits: 5_000 });
    const offers = await sandboxCall<{ number: string }[]>('search_dids', {
      client_id: owned.clientId,
      country_code: '+91',
    });
    const offer = offers[Math.floor(Math.random() * offers.length)];
    await sandboxCall('buy_did', { client_id: owned.clientId, number: offer.number, country: 'IN' });
  });

  test.describe('viewer', () => {
    test.use({ role: 'viewer' });
    test('sees numbers but no buy or remove controls', async ({ page }) => {
      const list = await clientNumbersPage(page).goto(owned.clientId);
      await expect(list.table).toBeVisible();
      await expect(list.searchLink).toHaveCount(0);
      await expect(list.table.getByRole('button', { name: /^Remove / })).toHaveCount(0);
      const search = await numberSearchPage(page).goto(owned.clientId, '?region=1');
      await expect(search.results).toBeVisible();
      await expect(search.results.getByRole('link', { name: /^Buy / })).toHaveCount(0);
      // A hand-made confirmation URL opens nothing either.
      await page.goto(`/clients/${owned.clientId}/numbers/search?region=1&buy=%2B911140000000`);
      await expect(page.getByRole('dialog')).toHaveCount(0);
    });
  });

  test.describe('client user', () => {
    test.use({ role: 'client' });
    test("cannot reach another client's numbers by URL", async ({ page }) => {
      await page.goto(`/clients/${owned.clientId}/numbers`);
      await expect(page).toHaveURL(/\/account$/);
      await page.goto(`/clients/${owned.clientId}/numbers/search?region=1`);
      await expect(page).toHaveURL(/\/account$/);
    });
  });
});
