import { describeOpenAt, type HolidayLike, isOpenAt, type ScheduleLike } from '@/lib/schedule/open-at';
import type { FlowDefinition } from './definition';

/**
 * "Where does this call go?": the path a call to a DID would take at an instant, from the
 * DID's schedule and holidays, through its flow, to an agent (own schedule and, for "now",
 * live availability) or a bot, and the transfer fallback. Pure, so it is unit-tested.
 */
export type SimAgent = {
  extension: string;
  name: string;
  active: boolean;
  available: boolean;
  onCall: boolean;
  /** The agent's own schedule; null when none is set (then only availability counts). */
  schedule: ScheduleLike | null;
};

export type SimInput = {
  at: Date;
  /** Live availability only describes the present: ignored for other instants. */
  isNow: boolean;
  didNumber: string;
  didSchedule: ScheduleLike;
  holidays: readonly HolidayLike[];
  flow: { id: string; name: string; definition: FlowDefinition | null } | null;
  agents: readonly SimAgent[];
  bots: readonly { id: string; name: string; wssUrl: string | null }[];
};

export type SimStep = { kind: 'number' | 'flow' | 'recording' | 'agent' | 'bot' | 'fallback' | 'end'; text: string };
export type SimResult = { steps: SimStep[]; summary: string; outcome: 'closed' | 'agent' | 'bot' | 'unanswered' };

type AgentVerdict = { ok: true; text: string } | { ok: false; text: string };

function agentVerdict(input: SimInput, ext: string): AgentVerdict {
  const a = input.agents.find((x) => x.extension === ext);
  if (!a) return { ok: false, text: `extension ${ext} is not an agent of this client` };
  const who = `${a.name} (ext ${ext})`;
  if (!a.active) return { ok: false, text: `${who} is inactive` };
  if (a.schedule) {
    const s = isOpenAt(a.schedule, [], input.at);
    if (!s.open) return { ok: false, text: `${who} is off duty (${describeOpenAt(s)})` };
  }
  if (input.isNow) {
    if (a.onCall) return { ok: false, text: `${who} is on another call` };
    if (!a.available) return { ok: false, text: `${who} is marked unavailable` };
  }
  return { ok: true, text: input.isNow ? `${who} is on duty and available` : `${who} is on duty` };
}

export function simulateCall(input: SimInput): SimResult {
  const steps: SimStep[] = [];
  const open = isOpenAt(input.didSchedule, input.holidays, input.at);
  const when = describeOpenAt(open);
  if (!open.open) {
    steps.push({ kind: 'number', text: `${input.didNumber} is closed: ${when}` });
    steps.push({ kind: 'end', text: 'The caller hears the closed message.' });
    return { steps, outcome: 'closed', summary: `${when} → closed: caller hears the closed message` };
  }
  steps.push({ kind: 'number', text: `${input.didNumber} is open: ${when}` });
  const def = input.flow?.definition;
  if (!input.flow || !def) {
    const why = input.flow ? `flow ${input.flow.id} was not made in this portal` : 'no flow answers this number';
    steps.push({ kind: 'end', text: `Open, but ${why}: the portal cannot tell where the call goes.` });
    return { steps, outcome: 'unanswered', summary: `${when} → open, but ${why}` };
  }
  steps.push({ kind: 'flow', text: `Flow “${input.flow.name}” answers.` });
  if (def.recordingId) steps.push({ kind: 'recording', text: `Plays welcome recording ${def.recordingId}.` });

  const fallback = (reason: string): SimResult => {
    if (!def.transferTo) {
      steps.push({ kind: 'end', text: 'No transfer fallback: the call goes unanswered.' });
      return { steps, outcome: 'unanswered', summary: `${when} → “${input.flow?.name}” → ${reason} → unanswered` };
    }
    const t = agentVerdict(input, def.transferTo);
    steps.push({ kind: 'fallback', text: `Transfers to ${t.text}.` });
    if (!t.ok) steps.push({ kind: 'end', text: 'The fallback cannot take it either: the call goes unanswered.' });
    return {
      steps,
      outcome: t.ok ? 'agent' : 'unanswered',
      summary: `${when} → “${input.flow?.name}” → ${reason} → transfer: ${t.text}`,
    };
  };

  if (def.target === 'bot') {
    const bot = input.bots.find((b) => b.id === def.botId);
    if (!bot) {
      steps.push({ kind: 'bot', text: `Bot ${def.botId} no longer exists.` });
      return fallback('bot missing');
    }
    steps.push({ kind: 'bot', text: `Voice bot “${bot.name}” answers${bot.wssUrl ? ` (${bot.wssUrl})` : ''}.` });
    if (def.transferTo) {
      const t = agentVerdict(input, def.transferTo);
      steps.push({ kind: 'fallback', text: `If the bot hands over: ${t.text}.` });
    }
    return { steps, outcome: 'bot', summary: `${when} → “${input.flow.name}” → voice bot “${bot.name}”` };
  }
  const v = agentVerdict(input, def.agentExt);
  steps.push({ kind: 'agent', text: v.ok ? `Rings ${v.text}.` : `Would ring ${v.text}.` });
  if (v.ok) return { steps, outcome: 'agent', summary: `${when} → “${input.flow.name}” → rings ${v.text}` };
  return fallback(v.text);
}
