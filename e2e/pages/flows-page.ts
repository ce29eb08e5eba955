import type { Page } from '@playwright/test';
import { buyDids, createSandboxClient, sandboxCall } from '../support/sandbox-client';

/**
 * A brand-new client with two numbers and two agents (extensions from the sandbox), made
 * through the sandbox's partner API, so flows, bots and WhatsApp tests never share state.
 */
export async function clientWithNumbersAndAgents(name: string) {
  const c = await createSandboxClient({ name, credits: 20000 });
  const dids = await buyDids(c.clientId, 2, { country_code: '+91', region: '5' });
  const agents: { name: string; ext: string }[] = [];
  for (const who of ['Asha', 'Ravi']) {
    const tag = `${who}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
    const r = await sandboxCall<{ extension: string }>('add_agent', {
      client_id: c.clientId,
      name: `${who} ${tag.slice(-4)}`,
      email: `${tag}@example.in`.toLowerCase(),
      phonenumber: `9${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`,
      password: 'Agent-pass-1234',
    });
    agents.push({ name: `${who} ${tag.slice(-4)}`, ext: String(r.extension) });
  }
  return { ...c, dids, agents };
}

export function flowBuilder(page: Page) {
  const panel = page.getByRole('complementary', { name: 'Step details' });
  return {
    panel,
    step: (name: string) => page.getByRole('navigation', { name: 'Flow steps' }).getByRole('button', { name }),
    undo: page.getByRole('button', { name: 'Undo' }),
    redo: page.getByRole('button', { name: 'Redo' }),
    create: page.getByRole('button', { name: 'Create flow' }),
    save: page.getByRole('button', { name: 'Save flow' }),
    formView: page.getByRole('button', { name: 'Form view' }),
    form: page.getByRole('form', { name: 'Flow (form view)' }),
    alert: page.getByRole('alert'),
    status: page.locator('[aria-live="polite"]'),
  };
}

/** A future weekday (Mon–Fri) at least `daysAhead` days from now, as YYYY-MM-DD in India. */
export function futureWeekday(daysAhead: number): string {
  const d = new Date(Date.now() + daysAhead * 86_400_000);
  while ([0, 6].includes(d.getUTCDay())) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
