import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { agentsPage, agentsSandbox } from './pages/agents-page';
import { hydrated } from './pages/hydration';
import { createSandboxClient } from './support/sandbox-client';

/**
 * The provisioning journey on a brand-new client: add an agent, give it a DID, schedule it,
 * see it live; plus edit, a taken extension, deactivation naming the number that rang it,
 * and the password never leaving the server.
 */
test.use({ role: 'owner' });

const PASSWORD = `Agent-${Math.random().toString(36).slice(2, 8)}X9`;
const NEW_PASSWORD = `Edited-${Math.random().toString(36).slice(2, 8)}Y7`;

test('add, edit, taken extension, caller id, schedule, availability on the wallboard, deactivate', async ({
  page,
  context,
  request,
  axe,
}) => {
  test.setTimeout(180_000);
  const bodies: string[] = [];
  context.on('response', async (res) => {
    const type = res.headers()['content-type'] ?? '';
    if (!/text|json|x-component|javascript/.test(type)) return;
    bodies.push(await res.text().catch(() => ''));
  });
  const sbx = agentsSandbox(request);
  const client = await createSandboxClient({ name: 'Agents journey', credits: 5000 });
  const offers = await sbx.call<{ number: string }[]>('search_dids', {
    client_id: client.clientId,
    country_code: '+91',
  });
  const pick = offers[Math.floor(Math.random() * offers.length)].number;
  await sbx.call('buy_did', { client_id: client.clientId, number: pick, country: 'IN' });

  const agents = agentsPage(page, client.clientId);
  await agents.goto();
  await expect(agents.table.getByText('This client has no agents yet.')).toBeVisible();
  await axe();

  // A weak password is refused on its field; what was typed stays.
  await agents.openAdd();
  await expect(agents.panel.getByLabel('Extension')).toHaveValue('2101');
  await agents.fill({ name: 'Asha Verma', email: 'asha@agents.test', phone: '+91 98765 11111', password: 'weakpass' });
  await agents.submit('Add agent');
  await expect(agents.panel.getByText(/Needs: An upper-case letter/)).toBeVisible();
  await expect(agents.panel.getByLabel('Name', { exact: true })).toHaveValue('Asha Verma');
  await agents.fill({ password: PASSWORD });
  await agents.submit('Add agent');
  await expect(agents.row('Asha Verma')).toContainText('2101');
  // The header (and its Add agent button, which suggests the next free extension) come from the
  // same render as the count: once it says 1, the suggestion knows 2101 is taken.
  await expect(page.getByRole('heading', { name: 'Agents (1)' })).toBeVisible();

  // The second agent asks for a taken extension: the error is on the field, nothing typed is lost.
  await agents.openAdd();
  await expect(agents.panel.getByLabel('Extension')).toHaveValue('2102');
  await agents.fill({ name: 'Ravi Kumar', email: 'ravi@agents.test', phone: '9876522222', password: PASSWORD });
  await agents.fill({ extension: '2101' });
  await agents.submit('Add agent');
  const ext = agents.panel.getByLabel('Extension');
  await expect(ext).toHaveAttribute('aria-invalid', 'true');
  await expect(agents.panel.getByText('Extension 2101 is already in use')).toBeVisible();
  await expect(agents.panel.getByLabel('Email')).toHaveValue('ravi@agents.test');
  await agents.fill({ extension: '2102' });
  await agents.submit('Add agent');
  await expect(page.getByRole('status').filter({ hasText: 'Ravi Kumar was added with extension 2102.' })).toBeVisible();
  await expect(agents.row('Ravi Kumar')).toContainText('2102');

  // Edit: the provider asks for a password on every edit; the form never shows the old one.
  await agents.openEdit('Ravi Kumar');
  await expect(agents.panel.getByLabel('Password', { exact: true })).toHaveValue('');
  await agents.fill({ name: 'Ravi K. Kumar', password: NEW_PASSWORD });
  await agents.submit('Save changes');
  await expect(agents.row('Ravi K. Kumar')).toBeVisible();

  // Give Asha the DID as caller id (update_agent_did also routes the number to her extension).
  const callerId = page.getByRole('button', { name: 'Change caller id of Asha Verma' });
  await hydrated(callerId);
  await callerId.click();
  await page.getByRole('dialog').getByLabel('Number shown on outgoing calls').selectOption(pick);
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(agents.row('Asha Verma')).toContainText(pick);

  // Schedule: open on Saturday 10:00–14:00 in Kolkata.
  await agents.table.getByRole('link', { name: 'Asha Verma' }).click();
  const schedule = page.getByRole('form', { name: 'Weekly schedule' });
  await hydrated(schedule.getByRole('button', { name: 'Save schedule' }));
  await schedule.getByLabel('Time zone').fill('Asia/Kolkata');
  await schedule.getByRole('checkbox', { name: 'Saturday Open' }).check();
  await schedule.getByLabel('Saturday opens at').fill('10:00');
  await schedule.getByLabel('Saturday closes at').fill('14:00');
  await schedule.getByRole('button', { name: 'Save schedule' }).click();
  await expect(schedule.getByText('Schedule saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Saturday Open' })).toBeChecked();
  await expect(page.getByLabel('Saturday closes at')).toHaveValue('14:00');

  // Availability: the wallboard in another tab shows the change within one refresh.
  const board = await context.newPage();
  await board.goto(`${agents.base}/live`);
  const tile = board.getByRole('list', { name: 'Agents' }).getByRole('listitem', { name: /^Asha Verma:/ });
  await expect(tile).toHaveAccessibleName('Asha Verma: Unavailable');
  await agents.goto();
  const sw = agents.availability('Asha Verma');
  await hydrated(sw);
  await sw.click();
  await expect(sw).toHaveAttribute('aria-checked', 'true');
  await expect(tile).toHaveAccessibleName('Asha Verma: Available', { timeout: 15_000 });
  await expect(board.locator('[data-count="Available"]')).toHaveText('1');
  await board.close();

  // Deactivate Asha: the confirmation names the number that rings her.
  const deactivate = page.getByRole('button', { name: 'Deactivate Asha Verma' });
  await hydrated(deactivate);
  await deactivate.click();
  const dialog = page.getByRole('dialog', { name: 'Deactivate Asha Verma?' });
  await expect(dialog.getByRole('listitem').filter({ hasText: pick })).toBeVisible();
  await dialog.getByRole('button', { name: 'Deactivate' }).click();
  await expect(agents.row('Asha Verma')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Agents (1)' })).toBeVisible();

  // The password never reached the browser: no page, RSC payload or action result carried it.
  for (const pw of [PASSWORD, NEW_PASSWORD]) expect(bodies.some((b) => b.includes(pw))).toBe(false);
  expect(bodies.length).toBeGreaterThan(10);
  // Nor an audit row (SQLite runs: read the database file the server writes).
  const dbFile = path.resolve(process.env.DATA_DIR ?? 'data', 'portal.db');
  if (existsSync(dbFile) && !process.env.DATABASE_URL?.startsWith('postgres')) {
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(dbFile, { readonly: true, fileMustExist: true });
    const rows = db
      .prepare("SELECT input FROM audit_log WHERE action LIKE 'agents.%' AND client_id = ?")
      .all(client.clientId) as { input: string }[];
    db.close();
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const r of rows) {
      expect(r.input).not.toContain(PASSWORD);
      expect(r.input).not.toContain(NEW_PASSWORD);
    }
  }
});

test('at 375 px the agents page, the side panel and the wallboard fit the screen', async ({ page, request }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 375, height: 800 });
  const client = await createSandboxClient({ name: 'Agents phone' });
  await agentsSandbox(request).call('add_agent', {
    client_id: client.clientId,
    name: 'Meera Narayanan-Subramanian',
    email: 'meera.narayanan.subramanian@agents.test',
    phonenumber: '9876533333',
    password: 'Phone-pass1',
  });
  const agents = agentsPage(page, client.clientId);
  await agents.goto();
  const noSideways = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(await noSideways()).toBe(true);
  await expect(agents.availability('Meera Narayanan-Subramanian')).toBeVisible();
  await agents.openEdit('Meera Narayanan-Subramanian');
  const box = await agents.panel.boundingBox();
  expect(box && box.width <= 375).toBe(true);
  await page.keyboard.press('Escape');
  await page.goto(`${agents.base}/live`);
  await expect(page.locator('[data-count="Unavailable"]')).toHaveText('1');
  expect(await noSideways()).toBe(true);
});
