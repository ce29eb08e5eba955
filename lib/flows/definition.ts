/**
 * A basic call flow as the portal draws and stores it. It expresses exactly what
 * create_basic_flow / edit_basic_flow can: incoming DID → optional welcome recording →
 * an agent extension OR a voice bot → optional transfer fallback (an agent extension).
 * Pure (no zod, no server-only): the builder validates with it in the browser and the
 * save action validates with it again on the server against fresh upstream data.
 */

export type FlowTarget = 'agent' | 'bot';

export type FlowDefinition = {
  name: string;
  /** The number the flow answers on when saved ("" = none chosen). */
  didNo: string;
  recordingId: string;
  target: FlowTarget;
  agentExt: string;
  botId: string;
  /** Fallback when the agent or bot cannot take the call; required for a bot. */
  transferTo: string;
};

export type FlowField = keyof FlowDefinition;

export type FlowOptions = {
  dids: { number: string; didId: string; flowId: string | null }[];
  agents: { extension: string; name: string; active: boolean }[];
  bots: { id: string; name: string; wssUrl: string | null; apiUrl: string | null }[];
};

export const EMPTY_FLOW: FlowDefinition = {
  name: '',
  didNo: '',
  recordingId: '',
  target: 'agent',
  agentExt: '',
  botId: '',
  transferTo: '',
};

/** Stored JSON → a complete definition (older or hand-edited rows get the defaults). */
export function parseDefinition(raw: unknown): FlowDefinition {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const s = (k: FlowField) => (typeof r[k] === 'string' ? (r[k] as string) : '');
  return {
    name: s('name'),
    didNo: s('didNo'),
    recordingId: s('recordingId'),
    target: r.target === 'bot' ? 'bot' : 'agent',
    agentExt: s('agentExt'),
    botId: s('botId'),
    transferTo: s('transferTo'),
  };
}

const validUrl = (v: string | null, schemes: string[]) => {
  if (!v) return false;
  try {
    const u = new URL(v);
    return schemes.includes(u.protocol) && u.hostname !== '';
  } catch {
    return false;
  }
};

export function botUrlProblem(bot: FlowOptions['bots'][number]): string | null {
  if (bot.wssUrl && !validUrl(bot.wssUrl, ['wss:'])) return `Bot "${bot.name}" has an invalid wss:// address`;
  if (bot.apiUrl && !validUrl(bot.apiUrl, ['https:'])) return `Bot "${bot.name}" has an invalid https:// address`;
  if (!bot.wssUrl && !bot.apiUrl) return `Bot "${bot.name}" has no wss:// or https:// address to send calls to`;
  return null;
}

/**
 * Field → messages for everything that would make the flow fail or misroute calls:
 * required fields, targets that exist and are active, bot addresses that are valid.
 * `isNew`: a new flow must name its DID (upstream would otherwise take the client's first number).
 */
export function validateFlow(
  def: FlowDefinition,
  opts: FlowOptions,
  isNew: boolean,
): Partial<Record<FlowField, string>> {
  const e: Partial<Record<FlowField, string>> = {};
  const name = def.name.trim();
  if (!name) e.name = 'Give the flow a name';
  else if (name.length > 100) e.name = 'Use at most 100 characters';
  if (isNew && !def.didNo) e.didNo = 'Choose the number this flow answers';
  else if (def.didNo && !opts.dids.some((d) => d.number === def.didNo))
    e.didNo = 'This number is not one of the client’s numbers';
  if (def.recordingId && !/^[A-Za-z0-9_-]{1,64}$/.test(def.recordingId.trim()))
    e.recordingId = 'A recording id is letters, digits, - or _ (up to 64)';
  const agent = (ext: string) => opts.agents.find((a) => a.extension === ext);
  if (def.target === 'agent') {
    if (!def.agentExt) e.agentExt = 'Choose the agent who answers';
    else if (!agent(def.agentExt)) e.agentExt = `No agent with extension ${def.agentExt}`;
    else if (!agent(def.agentExt)?.active) e.agentExt = `Agent ${def.agentExt} is inactive`;
  } else {
    const bot = opts.bots.find((b) => b.id === def.botId);
    if (!def.botId) e.botId = 'Choose the voice bot that answers';
    else if (!bot) e.botId = 'This bot no longer exists';
    else {
      const problem = botUrlProblem(bot);
      if (problem) e.botId = problem;
    }
    if (!def.transferTo) e.transferTo = 'A bot flow needs an agent to transfer to';
  }
  if (def.transferTo && !e.transferTo) {
    if (!agent(def.transferTo)) e.transferTo = `No agent with extension ${def.transferTo}`;
    else if (!agent(def.transferTo)?.active) e.transferTo = `Agent ${def.transferTo} is inactive`;
  }
  return e;
}

export const FIELD_LABELS: Record<FlowField, string> = {
  name: 'Flow name',
  didNo: 'Incoming number',
  recordingId: 'Welcome recording id',
  target: 'Who answers',
  agentExt: 'Agent',
  botId: 'Voice bot',
  transferTo: 'Transfer fallback',
};

export function agentLabel(opts: FlowOptions, ext: string): string {
  const a = opts.agents.find((x) => x.extension === ext);
  return a ? `${a.name} (ext ${ext})` : `ext ${ext}`;
}

export function botLabel(opts: FlowOptions, id: string): string {
  return opts.bots.find((b) => b.id === id)?.name ?? `bot ${id}`;
}
