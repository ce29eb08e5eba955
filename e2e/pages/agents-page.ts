import { type APIRequestContext, expect, type Page } from '@playwright/test';
import { sandboxKey } from '../support/sandbox-client';
import { hydrated } from './hydration';

/** A client's agents (/clients/[id]/agents): table, side panel, row actions. */
export function agentsPage(page: Page, clientId: string) {
  const base = `/clients/${encodeURIComponent(clientId)}/agents`;
  // Table's label names its scrolling region (components/ui/table.tsx), not the <table>.
  const table = page.getByRole('region', { name: 'Agents', exact: true }).getByRole('table');
  const panel = page.getByRole('dialog');
  const self = {
    base,
    table,
    panel,
    goto: async () => {
      await page.goto(base);
      await expect(page.getByRole('heading', { name: /^Agents \(\d+\)$/ })).toBeVisible();
    },
    row: (name: string) => table.getByRole('row').filter({ hasText: name }),
    availability: (name: string) => page.getByRole('switch', { name: `${name} available` }),
    /**
     * Opens the add panel. After a save the page is re-rendered (the action's revalidation,
     * then the panel's router.refresh()): a click that lands on a button about to be replaced
     * opens nothing, so click again until the panel is there.
     */
    openAdd: async () => {
      await expect(async () => {
        const button = page.getByRole('button', { name: 'Add agent' }).first();
        await hydrated(button);
        await button.click();
        await expect(panel.getByRole('heading', { name: 'Add agent' })).toBeVisible({ timeout: 3_000 });
      }).toPass({ timeout: 20_000 });
    },
    openEdit: async (name: string) => {
      const button = page.getByRole('button', { name: `Edit ${name}` });
      await hydrated(button);
      await button.click();
      await expect(panel.getByRole('heading', { name: `Edit ${name}` })).toBeVisible();
    },
    fill: async (v: { name?: string; email?: string; phone?: string; password?: string; extension?: string }) => {
      if (v.name !== undefined) await panel.getByLabel('Name', { exact: true }).fill(v.name);
      if (v.email !== undefined) await panel.getByLabel('Email').fill(v.email);
      if (v.phone !== undefined) await panel.getByLabel('Phone').fill(v.phone);
      if (v.password !== undefined) await panel.getByLabel('Password', { exact: true }).fill(v.password);
      if (v.extension !== undefined) await panel.getByLabel('Extension').fill(v.extension);
    },
    submit: (label: 'Add agent' | 'Save changes') => panel.getByRole('button', { name: label }).click(),
  };
  return self;
}

/** Sandbox controls over HTTP with the partner key (faults, direct partner calls for setup). */
export function agentsSandbox(request: APIRequestContext) {
  const headers = { Authorization: `Bearer ${sandboxKey()}` };
  return {
    call: async <T>(endpoint: string, data: Record<string, unknown>): Promise<T> => {
      const res = await request.post(`/sandbox/partnerclients/${endpoint}`, { headers, data });
      expect(res.ok(), `${endpoint}: ${await res.text()}`).toBe(true);
      return (await res.json()).data as T;
    },
    /**
     * Arms a fault for one client's calls only (`client_id`): tests running alongside neither
     * take this test's shots nor meet its faults.
     */
    armFault: async (clientId: string, fault: Record<string, unknown>) => {
      const res = await request.post('/sandbox/_faults', { headers, data: { ...fault, client_id: clientId } });
      expect(res.ok()).toBe(true);
    },
    /** Clears this client's faults only (never another test's). */
    clearFaults: (clientId: string) =>
      request.delete(`/sandbox/_faults?client_id=${encodeURIComponent(clientId)}`, { headers }),
  };
}

/** A CSV of `n` agents; the 1-based rows in `bad` are broken in three different ways. */
export function agentsCsv(tag: string, n: number, bad: number[]): string {
  const lines = ['name,email,phonenumber,password,extension'];
  for (let i = 1; i <= n; i++) {
    const phone = `9${String(100000000 + i * 7919).slice(-9)}`;
    let row = [`Imported ${tag} ${i}`, `imp-${tag}-${i}@agents.test`, phone, 'Import-pass1', ''];
    const k = bad.indexOf(i);
    if (k === 0) row = [row[0], 'not-an-email', phone, 'Import-pass1', ''];
    if (k === 1) row = [row[0], row[1], '12345', 'Import-pass1', ''];
    if (k === 2) row = [row[0], `imp-${tag}-1@agents.test`, phone, 'Import-pass1', ''];
    lines.push(row.join(','));
  }
  return `${lines.join('\n')}\n`;
}
