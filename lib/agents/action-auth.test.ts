import { describe, expect, it, vi } from 'vitest';
import { type ClientActionSpec, NOT_ALLOWED } from '@/lib/action-core';
import type { SessionUser } from '@/lib/auth/users';
import { actionHarness, fakeUser } from '@/lib/testing/action-harness';
import {
  addAgentSpec,
  changeAgentDidSpec,
  deactivateAgentSpec,
  editAgentSpec,
  previewImportSpec,
  runImportSpec,
  saveAgentScheduleSpec,
  setAvailabilitySpec,
} from './action-specs';

vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

/**
 * The agents actions' real specs (permission, schema, client scope) through the pipeline
 * with fake users; `run` is a spy, so a refusal provably happens before anything upstream.
 */
// biome-ignore lint/suspicious/noExplicitAny: specs of different input types share these helpers
type AnySpec = ClientActionSpec<any, any>;

function harness(who: SessionUser) {
  const { define, audits } = actionHarness(who);
  const withSpy = (spec: AnySpec) => {
    const run = vi.fn(async () => ({ agentId: 'AG1', extension: '2101', name: 'Asha', available: true }));
    return { action: define({ ...spec, run, after: undefined }), run };
  };
  return { audits, withSpy };
}

const C = 'CLDEMO000003';
const AGENT = {
  client_id: C,
  name: 'Asha Verma',
  email: 'asha@example.com',
  phonenumber: '9876543210',
  password: 'Secure-pass1',
};
const CASES: [string, AnySpec, Record<string, unknown>][] = [
  ['add', addAgentSpec, AGENT],
  ['edit', editAgentSpec, { ...AGENT, agent_id: 'AG1' }],
  ['deactivate', deactivateAgentSpec, { client_id: C, agent_id: 'AG1' }],
  ['change DID', changeAgentDidSpec, { client_id: C, agent_ext: '2101', did_num: '+911140000001' }],
  ['availability', setAvailabilitySpec, { client_id: C, agent_id: 'AG1', available: true }],
  ['schedule', saveAgentScheduleSpec, { client_id: C, agent_id: 'AG1', timezone: 'Asia/Kolkata' }],
  ['import preview', previewImportSpec, { client_id: C, rows: [{ name: 'x' }] }],
  ['import', runImportSpec, { client_id: C, rows: [{ line: 2, values: { name: 'x' } }] }],
];

describe('agents actions authorization', () => {
  for (const role of ['viewer', 'billing'] as const) {
    it(`refuses ${role} every change before it runs`, async () => {
      const { audits, withSpy } = harness(fakeUser(role));
      for (const [, spec, input] of CASES) {
        const a = withSpy(spec);
        expect(await a.action(input)).toMatchObject({ ok: false, message: NOT_ALLOWED });
        expect(a.run).not.toHaveBeenCalled();
      }
      // The preview only looks (audit: false); every other refusal is on the record.
      expect(audits.map((a) => a.outcome)).toEqual(Array(CASES.length - 1).fill('denied'));
    });
  }

  it("refuses a client user's forged id of another client, whatever the action", async () => {
    const { withSpy } = harness(fakeUser('client', 'CLDEMO000001'));
    for (const [, spec, input] of CASES) {
      const a = withSpy(spec);
      expect(await a.action(input)).toMatchObject({ ok: false, message: NOT_ALLOWED });
      expect(a.run).not.toHaveBeenCalled();
    }
  });

  it('lets a client user manage its own agents, and operations staff any client', async () => {
    const own = harness(fakeUser('client', C)).withSpy(addAgentSpec);
    expect(await own.action(AGENT)).toMatchObject({ ok: true });
    const ops = harness(fakeUser('operations')).withSpy(deactivateAgentSpec);
    expect(await ops.action({ client_id: C, agent_id: 'AG1' })).toMatchObject({ ok: true });
    expect(ops.run).toHaveBeenCalledOnce();
  });

  it('keeps the password out of the audit row and the refusal', async () => {
    const { audits, withSpy } = harness(fakeUser('operations'));
    const add = withSpy(addAgentSpec);
    const bad = await add.action({ ...AGENT, email: 'nope' });
    const ok = await add.action(AGENT);
    expect(JSON.stringify([bad, ok])).not.toContain('Secure-pass1');
    expect(audits).toHaveLength(2);
    // The pipeline hands the raw input to the audit writer, which redacts it (lib/audit/redact).
    const { redactInput } = await import('@/lib/audit/redact');
    expect(JSON.stringify(audits.map((a) => redactInput(a.input)))).not.toContain('Secure-pass1');
  });
});
