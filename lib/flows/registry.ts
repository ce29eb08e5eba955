import 'server-only';
import type { DB } from '@/lib/db';
import { type FlowDefinition, parseDefinition } from './definition';

/**
 * The portal's own record of flows (upstream cannot list them): the current definition per
 * flow and every definition the portal saved, numbered. Written only after upstream accepted
 * the change, so the registry never describes a flow that does not exist.
 */
export type FlowRecord = {
  clientId: string;
  flowId: string;
  name: string;
  definition: FlowDefinition;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
};

export type FlowVersion = { version: number; definition: FlowDefinition; savedBy: string; savedAt: string };

type Row = {
  client_id: string;
  flow_id: string;
  name: string;
  definition: string;
  version: number;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
};

const safeJson = (s: string) => {
  try {
    return JSON.parse(s);
  } catch {
    return {};
  }
};

const toRecord = (r: Row): FlowRecord => ({
  clientId: r.client_id,
  flowId: r.flow_id,
  name: r.name,
  definition: parseDefinition(safeJson(r.definition)),
  version: Number(r.version),
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at,
});

export async function listFlowRecords(db: DB, clientId: string): Promise<FlowRecord[]> {
  const rows = await db
    .selectFrom('flow_registry')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy('name')
    .execute();
  return rows.map(toRecord);
}

export async function findFlowRecord(db: DB, clientId: string, flowId: string): Promise<FlowRecord | null> {
  const row = await db
    .selectFrom('flow_registry')
    .selectAll()
    .where('client_id', '=', clientId)
    .where('flow_id', '=', flowId)
    .executeTakeFirst();
  return row ? toRecord(row) : null;
}

export async function listFlowVersions(db: DB, clientId: string, flowId: string): Promise<FlowVersion[]> {
  const rows = await db
    .selectFrom('flow_versions')
    .selectAll()
    .where('client_id', '=', clientId)
    .where('flow_id', '=', flowId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => ({
    version: Number(r.version),
    definition: parseDefinition(safeJson(r.definition)),
    savedBy: r.saved_by,
    savedAt: r.saved_at,
  }));
}

/** Records a definition upstream accepted: a new version, and the flow's current state. */
export async function recordFlowVersion(
  db: DB,
  /** `userId`: who saved it, as shown in the history (the signed-in email). */
  input: { clientId: string; flowId: string; definition: FlowDefinition; userId: string; now: string },
): Promise<number> {
  const json = JSON.stringify(input.definition);
  return db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('flow_registry')
      .select('version')
      .where('client_id', '=', input.clientId)
      .where('flow_id', '=', input.flowId)
      .executeTakeFirst();
    const version = current ? Number(current.version) + 1 : 1;
    if (current) {
      await trx
        .updateTable('flow_registry')
        .set({
          name: input.definition.name,
          definition: json,
          version,
          updated_by: input.userId,
          updated_at: input.now,
        })
        .where('client_id', '=', input.clientId)
        .where('flow_id', '=', input.flowId)
        .execute();
    } else {
      await trx
        .insertInto('flow_registry')
        .values({
          client_id: input.clientId,
          flow_id: input.flowId,
          name: input.definition.name,
          definition: json,
          version,
          created_by: input.userId,
          created_at: input.now,
          updated_by: input.userId,
          updated_at: input.now,
        })
        .execute();
    }
    await trx
      .insertInto('flow_versions')
      .values({
        client_id: input.clientId,
        flow_id: input.flowId,
        version,
        definition: json,
        saved_by: input.userId,
        saved_at: input.now,
      })
      .execute();
    return version;
  });
}
