import { expect, test } from './fixtures';
import { agentsPage, agentsSandbox } from './pages/agents-page';
import { createSandboxClient, type NewClient } from './support/sandbox-client';

/** Read-only staff see agents without any control; a client user reaches only its own. */
let client: NewClient;

test.beforeAll(async ({ request }) => {
  client = await createSandboxClient({ name: 'Agents readonly' });
  await agentsSandbox(request).call('add_agent', {
    client_id: client.clientId,
    name: 'Read Only Agent',
    email: 'readonly@agents.test',
    phonenumber: '9876555555',
    password: 'Readonly-pass1',
  });
});

for (const role of ['viewer', 'billing'] as const) {
  test.describe(`${role}`, () => {
    test.use({ role });

    test(`${role} sees agents but no change controls`, async ({ page }) => {
      const agents = agentsPage(page, client.clientId);
      await agents.goto();
      await expect(agents.row('Read Only Agent')).toContainText('Unavailable');
      await expect(page.getByRole('button', { name: /Add agent|Edit|Deactivate|Caller id/ })).toHaveCount(0);
      await expect(page.getByRole('switch')).toHaveCount(0);
      await expect(page.getByRole('link', { name: 'Import CSV' })).toHaveCount(0);
      // The live board is a read: allowed.
      const live = await page.request.get(`/api/agents/live?client_id=${client.clientId}`);
      expect(live.status()).toBe(200);
      // The import page itself needs agents:write.
      await page.goto(`${agents.base}/import`);
      await expect(page).toHaveURL(/\/forbidden/);
    });
  });
}

test.describe('client user', () => {
  test.use({ role: 'client' });

  test('reaches only its own agents whatever id it names', async ({ page }) => {
    // Without an id the board is its own client's (the session's, whichever client that is).
    const implicit = await page.request.get('/api/agents/live');
    expect(implicit.status()).toBe(200);
    const ownId: string = (await implicit.json()).data.clientId;
    expect(ownId).toBeTruthy();
    expect(ownId).not.toBe(client.clientId);
    const own = await page.request.get(`/api/agents/live?client_id=${ownId}`);
    expect(own.status()).toBe(200);
    const forged = await page.request.get(`/api/agents/live?client_id=${client.clientId}`);
    expect(forged.status()).toBe(403);
    expect(await forged.text()).not.toContain('Read Only Agent');
    // The console pages are staff only.
    await page.goto(`/clients/${client.clientId}/agents`);
    await expect(page).not.toHaveURL(new RegExp(`/clients/${client.clientId}/agents`));
  });
});
