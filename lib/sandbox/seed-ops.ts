import type { DB } from '@/lib/db';

// Placeholder created by the sandbox core; the ops engineer fills it (agents, flows, bots, WhatsApp).
export async function seedSandboxOps(_db: DB, _clientIds: string[]): Promise<void> {}
