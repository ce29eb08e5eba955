/**
 * Plain props the agent components take, so the console and the end-client workspace
 * (/account/agents) render the same components with their own data and capabilities.
 */
export type AgentView = {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  extension: string | null;
  didNum: string | null;
  active: boolean;
  available: boolean;
  onCall: boolean;
};

export type DidOption = { didId: string; number: string };

/** What breaks if the agent goes: a number ringing its extension, or a flow sending calls to it. */
export type Dependent =
  | { kind: 'number'; number: string; didId: string }
  | { kind: 'flow'; name: string; flowId: string; role: string };
