import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DB, migrateToLatest } from '@/lib/db';
import { dbLegs } from '@/lib/testing/db-legs';
import { EMPTY_FLOW } from './definition';
import { findFlowRecord, listFlowRecords, listFlowVersions, recordFlowVersion } from './registry';

const legs = await dbLegs();
afterAll(() => legs.dropLegs());

describe.each(legs.legs)('flow registry on %s', (_name, open) => {
  let db: DB;
  beforeAll(async () => {
    db = await open();
    await migrateToLatest(db);
  });
  afterAll(() => db.destroy());

  it('records each saved definition as a new version and keeps the latest as the flow', async () => {
    const def = { ...EMPTY_FLOW, name: 'Sales', didNo: '+911140000001', agentExt: '2101' };
    const put = (d: typeof def, who: string, now: string) =>
      recordFlowVersion(db, { clientId: 'C1', flowId: 'F1', definition: d, userId: who, now });
    expect(await put(def, 'a@x.test', '2026-12-01T10:00:00.000Z')).toBe(1);
    expect(
      await put(
        { ...def, name: 'Sales (bot)', target: 'bot', botId: 'B1', transferTo: '2102' },
        'b@x.test',
        '2026-12-01T11:00:00.000Z',
      ),
    ).toBe(2);
    const rec = await findFlowRecord(db, 'C1', 'F1');
    expect(rec).toMatchObject({ name: 'Sales (bot)', version: 2, createdBy: 'a@x.test', updatedBy: 'b@x.test' });
    expect(rec?.definition.target).toBe('bot');
    const versions = await listFlowVersions(db, 'C1', 'F1');
    expect(versions.map((v) => [v.version, v.definition.name, v.savedBy])).toEqual([
      [2, 'Sales (bot)', 'b@x.test'],
      [1, 'Sales', 'a@x.test'],
    ]);
    // Another client's flow with the same upstream id is a different record.
    await recordFlowVersion(db, {
      clientId: 'C2',
      flowId: 'F1',
      definition: def,
      userId: 'c@x.test',
      now: '2026-12-01T12:00:00.000Z',
    });
    expect((await listFlowRecords(db, 'C1')).map((f) => f.name)).toEqual(['Sales (bot)']);
    expect(await findFlowRecord(db, 'C2', 'F1')).toMatchObject({ version: 1 });
  });
});
