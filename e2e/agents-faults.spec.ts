import { expect, test } from './fixtures';
import { agentsPage, agentsSandbox } from './pages/agents-page';
import { hydrated } from './pages/hydration';
import { createSandboxClient } from './support/sandbox-client';

/**
 * Upstream failures armed in the sandbox. 500s (not retried, below the breaker's threshold)
 * so one armed shot fails exactly one call. Serial: faults are per endpoint, not per test.
 */
test.describe('agents under upstream faults', () => {
  test.describe.configure({ mode: 'serial' });
  test.use({ role: 'owner' });

  test('a refused availability change rolls the switch back with a message', async ({ page, request }) => {
    test.setTimeout(90_000);
    const sbx = agentsSandbox(request);
    const client = await createSandboxClient({ name: 'Agents faults' });
    await sbx.call('add_agent', {
      client_id: client.clientId,
      name: 'Fault Agent',
      email: 'fault@agents.test',
      phonenumber: '9876544444',
      password: 'Fault-pass1',
    });
    const agents = agentsPage(page, client.clientId);
    await agents.goto();
    const sw = agents.availability('Fault Agent');
    await hydrated(sw);
    await expect(sw).toHaveAttribute('aria-checked', 'false');
    await sbx.armFault(client.clientId, {
      endpoint: 'update_agent_availability',
      kind: 'error',
      status: 500,
      times: 1,
    });
    try {
      await sw.click();
      await expect(page.getByRole('alert').filter({ hasText: /^Not changed:/ })).toBeVisible({ timeout: 20_000 });
      await expect(sw).toHaveAttribute('aria-checked', 'false');
    } finally {
      await sbx.clearFaults(client.clientId);
    }
    // Without the fault the same click sticks.
    await sw.click();
    await expect(sw).toHaveAttribute('aria-checked', 'true');
    await page.reload();
    await expect(agents.availability('Fault Agent')).toHaveAttribute('aria-checked', 'true');
  });

  test('a failing listing shows the stale badge, and the wallboard recovers when cleared', async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const sbx = agentsSandbox(request);
    const client = await createSandboxClient({ name: 'Agents stale' });
    await page.goto(`/clients/${client.clientId}/agents/live`);
    await expect(page.getByText(/^Updated \d\d:\d\d:\d\d/)).toBeVisible({ timeout: 20_000 });
    const stale = page.getByText(/^Stale since \d\d:\d\d:\d\d$/);
    try {
      // The fault is this client's own; re-arm until the board's next poll has met it.
      await expect(async () => {
        await sbx.armFault(client.clientId, {
          endpoint: 'get_agents_availability',
          kind: 'error',
          status: 500,
          times: 1,
        });
        await expect(stale).toBeVisible({ timeout: 7_000 });
      }).toPass({ timeout: 60_000 });
    } finally {
      await sbx.clearFaults(client.clientId);
    }
    // Back-off after one failure is 10 s; after the next good poll the badge goes.
    await expect(stale).toHaveCount(0, { timeout: 40_000 });
    await expect(page.getByText(/^Updated \d\d:\d\d:\d\d/)).toBeVisible();
  });
});
