import { describe, expect, it, vi } from 'vitest';
import { type ActionSpec, NOT_ALLOWED } from '@/lib/action-core';
import { redactInput } from '@/lib/audit/redact';
import type { SessionUser } from '@/lib/auth/users';
import { deleteBotSpec, saveBotSpec } from '@/lib/bots/action-specs';
import { actionHarness, fakeUser } from '@/lib/testing/action-harness';
import { linkWhatsappSpec, saveWaScheduleSpec, unlinkWhatsappSpec } from '@/lib/whatsapp/action-specs';
import { mapFlowSpec, saveFlowSpec } from './action-specs';

/**
 * The real flows, bots and WhatsApp specs (permission, schema, client scope) through the
 * action pipeline with fake users; `run` is a spy, so a refusal provably comes first.
 */
function harness(who: SessionUser) {
  const { define, audits } = actionHarness(who);
  // biome-ignore lint/suspicious/noExplicitAny: specs of different input types share this helper
  const withSpy = (spec: ActionSpec<any, any>) => {
    const run = vi.fn(async () => ({ id: 'x', flowId: 'F1', version: 1, created: true, flows: [] }));
    return { action: define({ ...spec, run, after: undefined }), run };
  };
  return { audits, withSpy };
}

const OWN = 'CLOWN0000001';
const OTHER = 'CLOTHER00001';
const SECRET = 'canary-secret-unit-3b9f0c2d7e';

const inputs = (client: string) => ({
  flow: { client_id: client, name: 'Sales', didNo: '+911140000001', target: 'agent', agentExt: '2101' },
  map: { client_id: client, flow_id: 'F1', did_no: '+911140000001' },
  bot: { client_id: client, bot_name: 'B', to_be_used: 'voice', wss_url: 'wss://b.example/s', wss_header: SECRET },
  delBot: { client_id: client, id: 'B1' },
  link: { client_id: client, phone_number_id: '1029384756', access_token: `${SECRET}-token-long-enough` },
  unlink: { client_id: client, wa_did_id: 'W1' },
  schedule: { client_id: client, wa_did_id: 'W1', timezone: 'Asia/Kolkata' },
});

const SPECS = {
  flow: saveFlowSpec,
  map: mapFlowSpec,
  bot: saveBotSpec,
  delBot: deleteBotSpec,
  link: linkWhatsappSpec,
  unlink: unlinkWhatsappSpec,
  schedule: saveWaScheduleSpec,
} as const;

describe('flows, bots and WhatsApp authorization', () => {
  it('a viewer can change none of them', async () => {
    const { withSpy } = harness(fakeUser('viewer'));
    for (const [k, spec] of Object.entries(SPECS)) {
      const s = withSpy(spec);
      expect(await s.action(inputs(OWN)[k as keyof typeof SPECS]), k).toMatchObject({
        ok: false,
        message: NOT_ALLOWED,
      });
      expect(s.run, k).not.toHaveBeenCalled();
    }
  });

  it('a client user manages its own client only', async () => {
    const { withSpy } = harness(fakeUser('client', OWN));
    for (const [k, spec] of Object.entries(SPECS)) {
      const mine = withSpy(spec);
      expect(await mine.action(inputs(OWN)[k as keyof typeof SPECS]), `${k} own`).toMatchObject({ ok: true });
      const theirs = withSpy(spec);
      expect(await theirs.action(inputs(OTHER)[k as keyof typeof SPECS]), `${k} other`).toMatchObject({
        ok: false,
        message: NOT_ALLOWED,
      });
      expect(theirs.run, k).not.toHaveBeenCalled();
    }
  });

  it('secrets never reach the audit log or the returned values', async () => {
    const { withSpy, audits } = harness(fakeUser('operations'));
    const bad = withSpy(saveBotSpec);
    // A failing submission echoes values back to the form: never the header.
    const botForm = new FormData();
    for (const [k, v] of Object.entries(inputs(OWN).bot)) botForm.set(k, v);
    botForm.set('wss_url', 'https://nope');
    const r = await bad.action(null, botForm);
    expect(r).toMatchObject({ ok: false });
    expect(JSON.stringify(r)).not.toContain(SECRET);
    await withSpy(saveBotSpec).action(inputs(OWN).bot);
    const fd = new FormData();
    for (const [k, v] of Object.entries(inputs(OWN).link)) fd.set(k, v);
    fd.set('phone_number_id', 'x');
    const linkResult = await withSpy(linkWhatsappSpec).action(null, fd);
    expect(JSON.stringify(linkResult)).not.toContain(SECRET);
    await withSpy(linkWhatsappSpec).action(inputs(OWN).link);
    expect(audits.length).toBeGreaterThan(0);
    // What appendAudit stores: the entry with its input through redactInput.
    const stored = audits.map((a) => ({ ...a, input: redactInput(a.input) }));
    expect(JSON.stringify(stored)).not.toContain(SECRET);
  });
});
