/**
 * Tables of the sandbox's operations groups (agents, flows, bots, WhatsApp, masking).
 * Portable across SQLite and PostgreSQL: ISO-8601 text times, 0/1 integers, text ids.
 * Ids are numeric strings (the live API's are), except masking sessions ("cc_…").
 */
export interface SbxAgentsTable {
  id: string;
  client_id: string;
  name: string;
  /** Lower-cased so the per-client uniqueness check is case-insensitive. */
  email: string;
  phonenumber: string;
  extension: string;
  /** scrypt hash only: the sandbox, like the portal, never keeps an agent's password. */
  password_hash: string;
  reporting_manager: string | null;
  manager: string | null;
  is_webrtc: string | null;
  dial_preference: string | null;
  did_num: string | null;
  permission_group: string | null;
  /** "1" active, "0" deleted (delete_agent is a soft delete upstream). */
  status: string;
  available: number;
  on_call: number;
  created_at: string;
  updated_at: string;
}

export interface SbxFlowsTable {
  id: string;
  client_id: string;
  flow_name: string;
  agent_ext: string;
  did_no: string | null;
  recording_id: string | null;
  transfer_to: string | null;
  wss_bot_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface SbxBotsTable {
  id: string;
  client_id: string;
  bot_name: string;
  to_be_used: string;
  api_url: string | null;
  wss_url: string | null;
  /** Returned by get_wss_bots as upstream does; the portal masks it before display. */
  wss_header: string | null;
  created_at: string;
  updated_at: string;
}

export interface SbxWhatsappDidsTable {
  id: string;
  client_id: string;
  phone_number_id: string;
  /** Kept to emulate upstream; never part of any response. */
  access_token: string;
  display_number: string | null;
  verified_name: string | null;
  status: string;
  created_at: string;
  updated_at: string;
}

export interface SbxMaskingSessionsTable {
  id: string;
  client_id: string;
  did_no: string;
  /** 10-digit national numbers: only ever leave the store masked. */
  party_a: string;
  party_b: string;
  agent_ext: string | null;
  ttl_minutes: number;
  /** Last persisted status; live ones are advanced lazily on read (see masking-lifecycle). */
  status: string;
  created_at: string;
  connected_at: string | null;
  ended_at: string | null;
  expires_at: string;
  updated_at: string;
}

export interface SbxMaskingEventsTable {
  id: string;
  session_id: string;
  /** Order within a session; events may share a timestamp. */
  seq: number;
  at: string;
  event: string;
  /** Leg label ("a", "b", "both", "system"): records never carry a party's number. */
  leg: string;
  duration_s: number;
}

export interface SandboxOpsTables {
  sbx_agents: SbxAgentsTable;
  sbx_flows: SbxFlowsTable;
  sbx_bots: SbxBotsTable;
  sbx_whatsapp_dids: SbxWhatsappDidsTable;
  sbx_masking_sessions: SbxMaskingSessionsTable;
  sbx_masking_events: SbxMaskingEventsTable;
}
