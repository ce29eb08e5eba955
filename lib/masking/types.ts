/** What the browser gets about sessions (no server-only imports: client components use these). */
export type MaskingSession = {
  id: string;
  did: string | null;
  partyA: string;
  partyB: string;
  agentExt: string | null;
  status: string;
  ttlMinutes: number | null;
  createdAt: string | null;
  expiresAt: string | null;
  live: boolean;
};

export type MaskingRecord = { at: string; event: string; leg: string | null; durationS: number | null };
