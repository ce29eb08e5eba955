import type { Page } from '@playwright/test';

/** Onboarding → Pending registrations: the filter form, the table and each row's actions. */
export function pendingBoard(page: Page) {
  const filters = page.getByRole('form', { name: 'Filter pending registrations' });
  const table = page.getByRole('table', { name: 'Pending registrations' });
  const self = {
    page,
    filters,
    table,
    search: filters.getByLabel('Search'),
    stage: filters.getByLabel('Stage'),
    sort: filters.getByLabel('Sort'),
    apply: filters.getByRole('button', { name: 'Apply' }),
    newClient: page.getByRole('link', { name: 'New client' }),
    rows: table.locator('tbody tr'),
    stageBadges: table.locator('tbody tr td:nth-child(3)'),
    row: (name: string) =>
      table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name, exact: true }) }),
    async goto(query = '') {
      await page.goto(`/onboarding${query}`);
      return self;
    },
    async filter(opts: { q?: string; stage?: string }) {
      await self.search.fill(opts.q ?? '');
      await self.stage.selectOption({ label: opts.stage ?? 'All stages' });
      await self.apply.click();
    },
  };
  return self;
}

export type PendingBoard = ReturnType<typeof pendingBoard>;
