import { randomBytes } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { SandboxDB as DB } from '@/lib/sandbox/schema';
import { SandboxError } from './core';
import type { SbxClientsTable } from './schema-core';

export type SandboxClient = Selectable<SbxClientsTable>;
type HasDb = { db: DB };

export async function findClient(ctx: HasDb, clientId: unknown): Promise<SandboxClient | undefined> {
  if (typeof clientId !== 'string' || clientId === '') return undefined;
  return ctx.db.selectFrom('sbx_clients').selectAll().where('client_id', '=', clientId).executeTakeFirst();
}

/** The client or 404; reads are allowed for inactive clients. */
export async function requireClient(ctx: HasDb, clientId: unknown): Promise<SandboxClient> {
  if (typeof clientId !== 'string' || clientId.trim() === '') {
    throw new SandboxError(422, 'client_id is required', { client_id: ['This field is required'] });
  }
  const client = await findClient(ctx, clientId);
  if (!client) throw new SandboxError(404, `Client ${clientId} not found`);
  return client;
}

/** For state-changing calls: an inactive client (status "0") answers 403 until reactivated. */
export async function requireActiveClient(ctx: HasDb, clientId: unknown): Promise<SandboxClient> {
  const client = await requireClient(ctx, clientId);
  if (client.status !== '1') {
    throw new SandboxError(403, `Client ${client.client_id} is inactive: reactivate it with update_status first`);
  }
  return client;
}

const ID_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** "CL" + 10 unambiguous characters; random so ids reveal nothing about volume. */
export function newClientId(): string {
  const bytes = randomBytes(10);
  let id = 'CL';
  for (const b of bytes) id += ID_ALPHABET[b % ID_ALPHABET.length];
  return id;
}

export type NewClient = {
  clientId?: string;
  name: string;
  email: string;
  mobile: string;
  countryCode?: string;
  status?: '0' | '1';
  validTill?: string | null;
  kyc?: Record<string, unknown>;
};

/** Inserts a client (balance 0: the ledger starts empty). Used by accept_kyc, seed and tests. */
export async function createClientRecord(ctx: HasDb & { now: () => Date }, c: NewClient): Promise<string> {
  const clientId = c.clientId ?? newClientId();
  const now = ctx.now().toISOString();
  await ctx.db
    .insertInto('sbx_clients')
    .values({
      client_id: clientId,
      name: c.name,
      email: c.email.toLowerCase(),
      mobile: c.mobile,
      country_code: c.countryCode ?? '+91',
      status: c.status ?? '1',
      valid_till: c.validTill ?? null,
      created_at: now,
      updated_at: now,
      kyc: JSON.stringify(c.kyc ?? {}),
    })
    .execute();
  return clientId;
}
