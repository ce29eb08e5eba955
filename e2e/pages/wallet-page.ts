import type { APIRequestContext, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { hydrated } from './hydration';
import { sandbox } from './numbers-page';

/** A client's wallet (/clients/[id]/wallet): balance, the add-credits form and dialog, transactions. */
export function walletPage(page: Page) {
  const addForm = page.getByRole('form', { name: 'Add credits' });
  const dialog = page.getByRole('dialog');
  const filters = page.getByRole('search', { name: 'Filter transactions' });
  const self = {
    balance: page.getByTestId('wallet-balance'),
    addForm,
    amount: addForm.getByLabel('Amount (₹)'),
    review: addForm.getByRole('button', { name: 'Review' }),
    dialog,
    confirmButton: dialog.getByRole('button', { name: /^Add ₹/ }),
    filters,
    expenseType: filters.getByLabel('Expense type'),
    applyFilters: filters.getByRole('button', { name: 'Apply filters' }),
    table: page.getByRole('table', { name: 'Transactions' }),
    async goto(clientId: string, query = '') {
      await page.goto(`/clients/${clientId}/wallet${query}`);
      await expect(page.getByRole('heading', { level: 2, name: 'Wallet' })).toBeVisible();
      return self;
    },
    /** Fills the amount, opens the confirmation and waits until it can be clicked. */
    async openConfirmation(amount: string) {
      await self.amount.fill(amount);
      await self.review.click();
      await expect(dialog).toBeVisible();
      await expect(page).toHaveURL(/[?&]key=[0-9a-f-]{36}/);
      await hydrated(self.confirmButton);
    },
  };
  return self;
}

/** Upstream's view of a client's wallet, read straight from the sandbox to check the portal. */
export function walletUpstream(request: APIRequestContext) {
  const sbx = sandbox(request);
  return {
    ...sbx,
    balancePaise: async (clientId: string) => {
      const w = await sbx.call('wallet_balance', { client_id: clientId });
      return Math.round(Number(w.balance) * 100);
    },
    /** Recharges (credits) of exactly this amount in rupees. */
    creditsOf: async (clientId: string, rupees: string) => {
      const d = await sbx.call('wallet_transactions', { client_id: clientId, expense_type: 'recharge', limit: '100' });
      return (d.items as { type: string; amount: string }[]).filter(
        (t) => t.type === 'credit' && Number(t.amount) === Number(rupees),
      ).length;
    },
  };
}
