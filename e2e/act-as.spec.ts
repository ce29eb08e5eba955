import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, unique } from './fixtures';
import { hydrated } from './pages/hydration';
import { acceptPage } from './pages/users';
import { createSandboxClient } from './support/sandbox-client';

/** Audit rows as written (the portal's SQLite file of the server under test), read-only. */
function auditRows(action: string, clientId: string) {
  const url = process.env.DATABASE_URL ?? '';
  const file = url.startsWith('file:') ? url.slice(5) : path.resolve(process.env.DATA_DIR ?? 'data', 'portal.db');
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare(
        'select user_email, role, client_id, outcome, acting_as_client_id, acting_session_id from audit_log where action = ? and client_id = ?',
      )
      .all(action, clientId) as Record<string, string | null>[];
  } finally {
    db.close();
  }
}

test.describe('act as client', () => {
  test.use({ role: 'owner' });

  test('reason required, banner, both identities audited, leave in one click; client users invited and disabled', async ({
    page,
    browser,
    axe,
  }, testInfo) => {
    // One journey across eight page loads, two sign-in contexts and an axe scan.
    test.slow();
    const client = await createSandboxClient({ name: 'Act As' });
    await page.goto(`/clients/${client.clientId}`);
    const form = page.getByRole('form', { name: 'Open workspace as this client' });
    await hydrated(form);
    await form.getByRole('button', { name: 'Open workspace as this client' }).click();
    await expect(form.getByText(/Say why you are opening/)).toBeVisible();
    await form.getByLabel('Reason (kept in the audit log)').fill('Customer asked for help adding a colleague');
    await form.getByRole('button', { name: 'Open workspace as this client' }).click();

    await expect(page).toHaveURL(/\/account$/);
    const banner = page.getByRole('region', { name: 'Acting as client' });
    await expect(banner).toContainText(`You are acting as ${client.name}`);
    await expect(banner).toContainText('Customer asked for help adding a colleague');
    await axe();

    // A change made while acting: invite a colleague into the client's workspace.
    const colleague = `${unique('colleague')}@example.test`.toLowerCase();
    await page.goto('/account/users');
    const invite = page.getByRole('form', { name: 'Invite user' });
    await hydrated(invite);
    await invite.getByLabel('Email').fill(colleague);
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    const link = page.getByRole('textbox', { name: `Invitation link for ${colleague}` });
    await expect(link).toBeVisible();
    const url = await link.inputValue();

    // The successful invitation carries both identities (a refused early submit may precede it).
    const rows = auditRows('client-users.invite', client.clientId).filter((r) => r.outcome === 'ok');
    expect(rows).toEqual([
      expect.objectContaining({
        user_email: 'owner@demo.test',
        role: 'owner',
        outcome: 'ok',
        acting_as_client_id: client.clientId,
        acting_session_id: expect.any(String),
      }),
    ]);
    // Start: the submit without a reason was refused and audited as such (before any acting
    // began), then one start that carries both identities.
    const starts = auditRows('clients.act-as-start', client.clientId);
    expect(starts.filter((r) => r.outcome === 'invalid')).toEqual([
      expect.objectContaining({ user_email: 'owner@demo.test', acting_as_client_id: null }),
    ]);
    expect(starts.filter((r) => r.outcome !== 'invalid')).toEqual([
      expect.objectContaining({ user_email: 'owner@demo.test', outcome: 'ok', acting_as_client_id: client.clientId }),
    ]);

    await banner.getByRole('button', { name: 'Leave workspace' }).click();
    await expect(page).toHaveURL(new RegExp(`/clients/${client.clientId}$`));
    await expect(page.getByRole('region', { name: 'Acting as client' })).toHaveCount(0);
    await page.goto('/account');
    await expect(page).toHaveURL(/\/dashboard$/);

    // The colleague accepts and lands in the client's own workspace.
    const theirs = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: undefined });
    try {
      const p = await theirs.newPage();
      const accept = await acceptPage(p).open(url);
      await accept.complete({ name: 'Chandra Colleague', password: `Pw-${unique('c')}-long` });
      await expect(p).toHaveURL(/\/account$/);
      await p.goto('/account/users');
      await expect(p.getByRole('region', { name: 'Users' })).toContainText(colleague);
    } finally {
      await theirs.close();
    }

    // Staff see and disable the client's users from the client's page.
    await page.goto(`/clients/${client.clientId}`);
    const users = page.getByRole('region', { name: 'Client users' });
    await expect(users).toContainText(colleague);
    await hydrated(users.getByRole('button', { name: `Disable ${colleague}` }));
    await users.getByRole('button', { name: `Disable ${colleague}` }).click();
    await expect(users.getByRole('button', { name: `Enable ${colleague}` })).toBeVisible();
  });
});

test.describe('act as client, roles', () => {
  test.use({ role: 'billing' });
  test('billing cannot act as a client', async ({ page }) => {
    const client = await createSandboxClient({ name: 'No Act' });
    await page.goto(`/clients/${client.clientId}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('form', { name: 'Open workspace as this client' })).toHaveCount(0);
  });
});
