import type { SandboxDB as DB } from '@/lib/sandbox/schema';

/**
 * The sandbox emulator's shared vocabulary. Framework-free: handlers take a context and a
 * parsed body and return the envelope's message and data, or throw SandboxError. The HTTP
 * layer (lib/sandbox/http.ts) turns that into the envelope and status of CONTRACT.md.
 */
export type SandboxContext = {
  db: DB;
  /** Injected clock so tests can move time (OTP expiry, cooldowns, masking TTLs). */
  now: () => Date;
  /** Delivers an OTP or link to the sandbox inbox instead of SMS/email. */
  requestId: string;
};

export type HandlerResult = { message: string; data: unknown; status?: number };

export type Handler = (
  ctx: SandboxContext,
  body: Record<string, unknown>,
  params: Record<string, string>,
) => Promise<HandlerResult>;

/** Thrown by handlers; becomes `{status, message, data, errors}` with the same HTTP status. */
export class SandboxError extends Error {
  constructor(
    public readonly status: number,
    message: string,
    public readonly errors?: Record<string, string[]>,
    public readonly data: unknown = null,
  ) {
    super(message);
    this.name = 'SandboxError';
  }
}
