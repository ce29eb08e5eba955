import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, expect, type Page } from '@playwright/test';
import { hydrated } from './hydration';

/**
 * The sandbox's partner key, for arranging state the portal has no screen for yet (credits,
 * agents, flows, faults): `npm test` exports it; against a hand-started server it is in
 * DATA_DIR/sandbox-secrets.json.
 */
export function partnerKey(): string {
  const fromEnv = process.env.PARTNER_API_KEY || process.env.CANARY_PARTNER_KEY;
  if (fromEnv) return fromEnv;
  const file = path.resolve(process.env.DATA_DIR ?? 'data', 'sandbox-secrets.json');
  if (!existsSync(file)) throw new Error(`No partner key: set PARTNER_API_KEY or DATA_DIR (looked in ${file})`);
  return JSON.parse(readFileSync(file, 'utf8')).partnerApiKey;
}

export function sandbox(request: APIRequestContext) {
  const headers = { Authorization: `Bearer ${partnerKey()}` };
  const call = async (endpoint: string, data: Record<string, unknown> = {}, method: 'POST' | 'GET' = 'POST') => {
    const url = `/sandbox/partnerclients/${endpoint}`;
    const res = method === 'GET' ? await request.get(url, { headers }) : await request.post(url, { headers, data });
    const body = await res.json();
    expect(res.ok(), `${endpoint}: ${JSON.stringify(body)}`).toBe(true);
    return body.data;
  };
  return {
    call,
    addCredits: (clientId: string, rupees: number) =>
      call('add_client_credits', { client_id: clientId, credit: String(rupees) }),
    clientDids: (clientId: string) =>
      call(`client_dids/${clientId}`, {}, 'GET') as Promise<{ did_id: string; number: string }[]>,
    /** Setup debits charged for one number. */
    setupDebits: async (clientId: string, number: string) => {
      const d = await call('wallet_transactions', {
        client_id: clientId,
        did: number,
        expense_type: 'did_setup',
        limit: '100',
      });
      return (d.items as { type: string }[]).filter((t) => t.type === 'debit').length;
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

/** A client's numbers (/clients/[id]/numbers): the list and removal. */
export function clientNumbersPage(page: Page) {
  const table = page.getByRole('table', { name: "This client's numbers" });
  const self = {
    table,
    row: (number: string) => table.getByRole('row').filter({ hasText: number }),
    removeButton: (number: string) => table.getByRole('button', { name: `Remove ${number}` }),
    scheduleLink: (number: string) => table.getByRole('link', { name: `Schedule of ${number}` }),
    searchLink: page.getByRole('link', { name: 'Search and buy numbers' }),
    async goto(clientId: string) {
      await page.goto(`/clients/${clientId}/numbers`);
      await expect(page.getByRole('heading', { name: /^Numbers \(\d+\)$/ })).toBeVisible();
      return self;
    },
  };
  return self;
}

/** Search and buy (/clients/[id]/numbers/search): GET form, results, confirmation dialog. */
export function numberSearchPage(page: Page) {
  const form = page.getByRole('search', { name: 'Search numbers' });
  const results = page.getByRole('table').filter({ hasText: 'available number' });
  const dialog = page.getByRole('dialog');
  const self = {
    form,
    results,
    dialog,
    region: form.getByLabel('Region'),
    digits: form.getByRole('textbox', { name: 'Digits' }),
    mode: (label: 'starts with' | 'contains' | 'ends with') => form.getByRole('radio', { name: label }),
    buyLink: (number: string) => results.getByRole('link', { name: `Buy ${number}` }),
    confirmButton: dialog.getByRole('button', { name: /^Buy for / }),
    async goto(clientId: string, query = '') {
      await page.goto(`/clients/${clientId}/numbers/search${query}`);
      await expect(form).toBeVisible();
      return self;
    },
    async search(opts: { region?: string; digits: string; mode: 'starts with' | 'contains' | 'ends with' }) {
      if (opts.region) await self.region.selectOption({ label: opts.region });
      await self.digits.fill(opts.digits);
      await self.mode(opts.mode).check();
      await form.getByRole('button', { name: 'Search' }).click();
      await page.waitForURL((u) => u.searchParams.get('pattern') === opts.digits);
      await expect(results).toBeVisible();
    },
    /** Numbers in the results, in E.164 (the row header cell). */
    async numbers(): Promise<string[]> {
      const cells = await results.getByRole('rowheader').allTextContents();
      return cells.map((t) => t.replace(/\(.*?\)/g, '').replace(/[^\d+]/g, ''));
    },
    async openConfirmation(number: string) {
      await self.buyLink(number).click();
      await expect(dialog).toBeVisible();
      await page.waitForURL((u) => !!u.searchParams.get('key'));
      await hydrated(self.confirmButton);
    },
  };
  return self;
}

/** A number's schedule and holidays (/clients/[id]/numbers/[didId]). */
export function didSchedulePage(page: Page) {
  const schedule = page.getByRole('form', { name: 'Weekly schedule' });
  const holidays = page.getByRole('table', { name: 'Holidays' });
  const pack = page.getByRole('form', { name: "Add India's national holidays" });
  const add = page.getByRole('form', { name: 'Add a holiday' });
  return {
    schedule,
    holidays,
    pack,
    add,
    timezone: schedule.getByLabel('Time zone'),
    open: (day: string) => schedule.getByRole('checkbox', { name: `${day} open` }),
    opens: (day: string) => schedule.getByLabel(`${day} opens at`),
    closes: (day: string) => schedule.getByLabel(`${day} closes at`),
    save: schedule.getByRole('button', { name: 'Save schedule' }),
    copyMonday: schedule.getByRole('button', { name: 'Copy Monday to weekdays' }),
    holidayRow: (name: string) => holidays.getByRole('row').filter({ hasText: name }),
    ready: () => hydrated(schedule.getByRole('button', { name: 'Save schedule' })),
  };
}
