import type { SandboxCoreTables } from './schema-core';
import type { SandboxOpsTables } from './schema-ops';

/** Tables of the sandbox emulator: core (registration, clients, DIDs, wallet) and ops. */
export interface SandboxTables extends SandboxCoreTables, SandboxOpsTables {}
