import { expect, test, unique } from './fixtures';
import { clientWithNumbersAndAgents, flowBuilder } from './pages/flows-page';
import { hydrated } from './pages/hydration';
import { canaryValue, secretsAtRest, watchForSecrets } from './pages/secrets';

test.describe('voice bots', () => {
  test.use({ role: 'owner' });

  test('create, edit and delete a bot; the delete warns about the flow; the header never comes back', async ({
    page,
    context,
    axe,
  }) => {
    test.setTimeout(120_000);
    const header = canaryValue('bot');
    const watch = watchForSecrets(context, [header]);
    const c = await clientWithNumbersAndAgents('Bots');

    await page.goto(`/clients/${c.clientId}/bots`);
    const create = page.getByRole('form', { name: 'Create a voice bot' });
    await hydrated(create.getByRole('button', { name: 'Create bot' }));
    // Bad addresses are refused per field, the name kept.
    const name = unique('Support bot');
    await create.getByLabel('Bot name').fill(name);
    await create.getByLabel('WebSocket address').fill('https://not-a-socket.example');
    await create.getByLabel('API address (optional)').fill('ftp://x');
    await create.getByLabel('Connection header secret (optional)').fill(header);
    await create.getByRole('button', { name: 'Create bot' }).click();
    await expect(create.getByText('Enter a WebSocket address starting with wss://')).toBeVisible();
    await expect(create.getByText('Enter a web address starting with https://')).toBeVisible();
    await expect(create.getByLabel('Bot name')).toHaveValue(name);
    await create.getByLabel('WebSocket address').fill('wss://bot.example.com/stream');
    await create.getByLabel('API address (optional)').fill('');
    await create.getByLabel('Connection header secret (optional)').fill(header);
    await create.getByRole('button', { name: 'Create bot' }).click();
    const row = page.getByRole('row', { name: new RegExp(name) });
    await expect(row).toContainText('set (••••)');
    await axe();

    // Edit: re-created with the same id; the header is kept when left empty.
    await row.getByRole('link', { name: `Edit bot ${name}` }).click();
    const edit = page.getByRole('form', { name: `Edit bot ${name}` });
    await expect(edit.getByText('Currently set (••••)')).toBeVisible();
    await expect(edit.getByLabel('Connection header secret (optional)')).toHaveValue('');
    await hydrated(edit.getByRole('button', { name: 'Save bot' }));
    await edit.getByLabel('WebSocket address').fill('wss://bot2.example.com/stream');
    await edit.getByRole('button', { name: 'Save bot' }).click();
    await expect(edit.getByText(`Bot “${name}” saved.`)).toBeVisible();
    await page.goto(`/clients/${c.clientId}/bots`);
    await expect(row).toContainText('wss://bot2.example.com/stream');
    await expect(row).toContainText('set (••••)');

    // A flow that hands calls to the bot (through the form view).
    const flowName = unique('Bot line');
    await page.goto(`/clients/${c.clientId}/flows/new`);
    const b = flowBuilder(page);
    await hydrated(b.formView);
    await b.formView.click();
    await b.form.getByLabel('Flow name').fill(flowName);
    await b.form.getByLabel('Incoming number').selectOption(c.dids[0].number);
    await b.form.getByLabel('A voice bot').check();
    await b.form.getByLabel('Voice bot', { exact: true }).selectOption({ label: name });
    await b.form.getByLabel(/Transfer fallback/).selectOption(c.agents[1].ext);
    await b.form.getByRole('button', { name: 'Create flow' }).click();
    // `/flows/new` itself would match a bare `[^/]+`: wait for the saved flow's own address.
    await expect(page).toHaveURL(/\/flows\/(?!new$)[^/]+$/, { timeout: 20_000 });

    await page.goto(`/clients/${c.clientId}/bots`);
    await expect(row).toContainText(flowName);
    await hydrated(row.getByRole('button', { name: `Delete bot ${name}` }));
    await row.getByRole('button', { name: `Delete bot ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Delete “${name}”?` });
    await expect(dialog).toContainText('A flow uses this bot:');
    await expect(dialog).toContainText(flowName);
    await dialog.getByRole('button', { name: 'Delete bot' }).click();
    await expect(page.getByText(`“${flowName}” now rings the fallback agent.`)).toBeVisible();
    await page.reload();
    await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(0);

    await watch.settle();
    expect(watch.leaks, 'the bot header secret reached the browser').toEqual([]);
    expect(secretsAtRest([header]), 'the bot header secret was stored in the audit log or server log').toEqual([]);
  });
});
