import { expect, test, unique } from './fixtures';
import { clientWithNumbersAndAgents, flowBuilder, futureWeekday } from './pages/flows-page';
import { hydrated } from './pages/hydration';
import { createSandboxClient, sandboxCall } from './support/sandbox-client';

test.describe('call flows', () => {
  test.use({ role: 'owner' });

  test('build to an agent, switch to a bot, undo/redo, validation, save, map, simulate', async ({ page, axe }) => {
    test.setTimeout(120_000);
    const c = await clientWithNumbersAndAgents('Flows');
    const [asha, ravi] = c.agents;
    const bot = await sandboxCall<{ id: string }>('create_wss_bot', {
      client_id: c.clientId,
      bot_name: 'Lead bot',
      to_be_used: 'voice',
      wss_url: 'wss://bot.example.com/stream',
    });

    await page.goto(`/clients/${c.clientId}/flows`);
    await page.getByRole('link', { name: 'New flow' }).click();
    const b = flowBuilder(page);
    await expect(page.getByTestId('flow-canvas')).toBeVisible({ timeout: 20_000 });
    await hydrated(b.create);

    // Validation blocks an incomplete flow.
    await b.create.click();
    await expect(b.alert.filter({ hasText: 'before saving' })).toBeVisible();
    await expect(b.panel.getByText('Give the flow a name')).toBeVisible();

    const name = unique('Sales line');
    await b.panel.getByLabel('Flow name').fill(name);
    await b.panel.getByLabel('Incoming number').selectOption(c.dids[0].number);
    await b.step('Who answers').click();
    await b.panel.getByLabel('Agent', { exact: true }).selectOption(asha.ext);
    await expect(page.getByTestId('flow-canvas')).toContainText(`${asha.name} (ext ${asha.ext})`);

    // Switch to a bot, then undo (button and keyboard) and redo.
    await b.panel.getByLabel('A voice bot').check();
    await b.panel.getByLabel('Voice bot', { exact: true }).selectOption(bot.id);
    await expect(page.getByTestId('flow-canvas')).toContainText('Lead bot');
    await b.undo.click();
    await expect(b.panel.getByLabel('Voice bot', { exact: true })).toHaveValue('');
    await page.locator('body').press('Control+z');
    await expect(b.panel.getByLabel('Agent', { exact: true })).toHaveValue(asha.ext);
    await page.locator('body').press('Control+Shift+z');
    await b.redo.click();
    await expect(page.getByTestId('flow-canvas')).toContainText('Lead bot');

    // A bot without a fallback is incomplete.
    await b.create.click();
    await expect(b.panel.getByText('A bot flow needs an agent to transfer to')).toBeVisible();
    await b.step('Transfer fallback').click();
    await b.panel.getByLabel(/Transfer fallback/).selectOption(ravi.ext);
    // Back to the agent for the saved flow.
    await b.step('Who answers').click();
    await b.panel.getByLabel('An agent').check();
    await expect(b.panel.getByLabel('Agent', { exact: true })).toHaveValue(asha.ext);
    await b.create.click();
    await expect(page).toHaveURL(new RegExp(`/clients/${c.clientId}/flows/(?!new$)[^/]+$`), { timeout: 20_000 });
    await expect(page.getByRole('heading', { name: `“${name}”` })).toBeVisible();
    await expect(page.getByText('v1 ·')).toBeVisible();
    await axe();

    // Map it to the second number; the confirmation says what that number runs today.
    const mapForm = page.getByRole('form', { name: 'Map this flow to a number' });
    await hydrated(mapForm.getByRole('button'));
    await mapForm.getByLabel('Number').selectOption(c.dids[1].number);
    await mapForm.getByRole('button', { name: 'Map to this number…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change what this number runs?' });
    await expect(dialog).toContainText('runs no flow today');
    await dialog.getByRole('button', { name: `Yes, run “${name}”` }).click();
    await expect(page.getByText(`${c.dids[1].number} now runs “${name}”.`)).toBeVisible();

    await page.goto(`/clients/${c.clientId}/numbers`);
    await expect(page.getByRole('row', { name: new RegExp(c.dids[1].number.replace('+', '\\+')) })).toContainText(name);

    // Where does this call go? A holiday → closed; a working morning → the agent's extension.
    const holiday = futureWeekday(10);
    await sandboxCall('add_did_holiday', {
      client_id: c.clientId,
      did_id: c.dids[1].didId,
      name: 'Diwali',
      date: holiday,
    });
    await page.goto(`/clients/${c.clientId}/numbers/${c.dids[1].didId}?sim_date=${holiday}&sim_time=10:00`);
    const sim = page.getByTestId('sim-result');
    await expect(sim).toContainText('Diwali (holiday) → closed: caller hears the closed message');
    const simForm = page.getByRole('form', { name: 'Where does this call go?' });
    await simForm.getByLabel('Date').fill(futureWeekday(20));
    await simForm.getByLabel('Time').fill('11:30');
    await simForm.getByRole('button', { name: 'Show the path' }).click();
    await expect(sim).toContainText(`rings ${asha.name} (ext ${asha.ext})`);
    await axe();
  });

  test('the form view saves the same flow without a mouse', async ({ page }) => {
    test.setTimeout(90_000);
    const c = await clientWithNumbersAndAgents('Flows form');
    await page.goto(`/clients/${c.clientId}/flows/new`);
    const b = flowBuilder(page);
    await hydrated(b.formView);
    await b.formView.focus();
    await page.keyboard.press('Enter');
    await expect(b.form).toBeVisible();
    const name = unique('Keyboard flow');
    await b.form.getByLabel('Flow name').focus();
    await page.keyboard.type(name);
    // Selects change with the arrow keys; Tab moves on, as a keyboard user would.
    await page.keyboard.press('Tab');
    await expect(b.form.getByLabel('Incoming number')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await expect(b.form.getByLabel('Welcome recording id (optional)')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(b.form.getByLabel('An agent')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(b.form.getByLabel('Agent', { exact: true })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await expect(b.form.getByLabel(/Transfer fallback/)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(b.form.getByRole('button', { name: 'Create flow' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/clients/${c.clientId}/flows/(?!new$)[^/]+$`), { timeout: 20_000 });
    await expect(page.getByRole('heading', { name: `“${name}”` })).toBeVisible();
    await expect(page.getByText(`Runs on: ${c.dids[0].number}`)).toBeVisible();
    // The same flow in the diagram: the agent chosen in the form answers.
    await expect(page.getByTestId('flow-canvas')).toContainText(`(ext ${c.agents[0].ext})`, { timeout: 20_000 });
  });
});

test.describe('call flows for a viewer', () => {
  test.use({ role: 'viewer' });

  test('reads flows, bots and WhatsApp numbers but is offered no change', async ({ page }) => {
    const { clientId } = await createSandboxClient({ name: 'Viewer flows' });
    await page.goto(`/clients/${clientId}/flows`);
    await expect(page.getByRole('heading', { name: /Call flows \(\d+\)/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'New flow' })).toHaveCount(0);
    await page.goto(`/clients/${clientId}/bots`);
    await expect(page.getByRole('heading', { name: /Voice bots \(\d+\)/ })).toBeVisible();
    await expect(page.getByRole('form', { name: 'Create a voice bot' })).toHaveCount(0);
    await page.goto(`/clients/${clientId}/whatsapp`);
    await expect(page.getByRole('heading', { name: /WhatsApp numbers \(\d+\)/ })).toBeVisible();
    await expect(page.getByRole('form', { name: 'Link a WhatsApp number' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Unlink/ })).toHaveCount(0);
    await page.goto(`/clients/${clientId}/flows/new`);
    await expect(page).toHaveURL(/\/forbidden/);
  });
});
