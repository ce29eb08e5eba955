import type { Page } from '@playwright/test';

/** The clients list: its filter form, result count, table and paging. */
export function clientsPage(page: Page) {
  const form = page.getByRole('form', { name: 'Filter clients' });
  const table = page.getByRole('table', { name: 'Clients' });
  const self = {
    page,
    form,
    table,
    search: form.getByLabel('Search'),
    status: form.getByLabel('Status'),
    balance: form.getByLabel('Balance'),
    validity: form.getByLabel('Validity'),
    sortBy: form.getByLabel('Sort by'),
    order: form.getByLabel('Order'),
    apply: form.getByRole('button', { name: 'Apply' }),
    /** On phones (under 640 px) the five filters fold behind this button; it names how many are set. */
    filtersButton: form.getByRole('button', { name: /^Filters/ }),
    count: page.getByRole('status').filter({ hasText: /Showing|No clients/ }),
    rows: table.getByRole('row').filter({ has: page.getByRole('cell') }),
    clientLink: (name: string) => table.getByRole('link', { name, exact: true }),
    next: page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Next' }),
    exportLink: page.getByRole('link', { name: 'Export CSV' }),
    async goto(query = '') {
      await page.goto(`/clients${query}`);
      return self;
    },
    /** The total from "Showing a–b of N clients". */
    async total(): Promise<number> {
      const text = (await self.count.textContent()) ?? '';
      const m = /of ([\d,]+) client/.exec(text);
      return m ? Number(m[1].replace(/,/g, '')) : 0;
    },
  };
  return self;
}

/** One client's page: header, areas, status dialog. */
export function clientPage(page: Page) {
  const dialog = page.getByRole('dialog');
  return {
    page,
    heading: page.getByRole('heading', { level: 1 }),
    areas: page.getByRole('navigation', { name: 'Client areas' }),
    statusButton: page.getByRole('button', { name: /^(Activate|Deactivate) client$/ }).first(),
    dialog,
    reason: dialog.getByLabel('Reason'),
    confirm: dialog.getByRole('button', { name: /^(Activate|Deactivate) client$/ }),
    goto: (clientId: string) => page.goto(`/clients/${clientId}`),
  };
}

/** The ⌘K / Ctrl+K palette in the console header. */
export function jumpToClient(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Jump to client' });
  return {
    button: page.getByRole('banner').getByRole('button', { name: /Jump to client/ }),
    dialog,
    input: dialog.getByRole('combobox'),
    options: dialog.getByRole('option'),
    /** "Showing 8 of 120 — refine your search…" when more clients match than are listed. */
    status: dialog.locator('[aria-live="polite"]'),
  };
}
