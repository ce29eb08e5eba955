import type { CoverageWarning } from './coverage';
import type { Agent, AgentCounts } from './list';

/** What GET /api/agents/live answers; pure types so the browser's board can name them. */
export type Wallboard = {
  clientId: string;
  fetchedAt: string;
  counts: AgentCounts;
  agents: Pick<Agent, 'id' | 'name' | 'extension' | 'available' | 'onCall'>[];
  coverage: CoverageWarning[];
  /** Numbers whose schedule could not be read this time (coverage unknown for them). */
  coverageUnknown: string[];
};

export type ClientSummary = { clientId: string; name: string; counts: AgentCounts };

export type AllClientsWallboard = {
  fetchedAt: string;
  totals: AgentCounts;
  clients: ClientSummary[];
  /** Clients whose agents could not be read this time. */
  failed: { clientId: string; name: string }[];
  clientsWithoutAgents: number;
};
