import type { Kysely } from 'kysely';
import type { SandboxCoreTables } from './schema-core';
import type { SandboxOpsTables } from './schema-ops';

/** Tables of the sandbox emulator: core (registration, clients, DIDs, wallet) and ops. */
export interface SandboxTables extends SandboxCoreTables, SandboxOpsTables {}

/**
 * The sandbox's view of the database: its own tables only (created by lib/sandbox/migrations,
 * never in live mode). It shares the portal's connection, but the portal's `Database` type
 * knows nothing of these tables, so portal code cannot query them by accident.
 */
export type SandboxDB = Kysely<SandboxTables>;

/** The one place the portal's connection is handed to the sandbox (same pool, other tables). */
export const asSandboxDb = (db: Kysely<any>): SandboxDB => db as unknown as SandboxDB;
