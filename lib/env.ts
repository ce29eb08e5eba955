import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The only reader of process.env. Everything else asks `env()`.
 *
 * Sandbox mode (the default) needs nothing configured: it generates an AUTH_SECRET and a
 * sandbox partner key once and keeps them under data/ so sessions survive restarts.
 * Live mode refuses to start unless the partner API and auth secret are configured.
 */

const rawSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PARTNER_API_MODE: z.enum(['sandbox', 'live']).default('sandbox'),
  PARTNER_API_BASE_URL: z.url().optional(),
  PARTNER_API_KEY: z.string().min(16).optional(),
  PARTNER_API_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  AUTH_SECRET: z.string().min(32).optional(),
  DATABASE_URL: z.string().default('file:./data/portal.db'),
  DATA_DIR: z.string().default('./data'),
  DEMO_OWNER_EMAIL: z.email().default('owner@demo.test'),
  DEMO_OWNER_PASSWORD: z.string().min(8).default('Owner-demo-1234'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PORTAL_URL: z.url().optional(),
  // Proxies in front of the portal that append to X-Forwarded-For (0: none, use the socket address).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // Outgoing mail in live mode (invites, password resets, resume links): smtp[s]://user:pass@host:port
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'use smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).optional(),
});

export type Env = {
  nodeEnv: 'development' | 'production' | 'test';
  isProduction: boolean;
  port: number;
  mode: 'sandbox' | 'live';
  partnerApiBaseUrl: string;
  partnerApiKey: string;
  partnerApiTimeoutMs: number;
  authSecret: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  dataDir: string;
  demoOwnerEmail: string;
  demoOwnerPassword: string;
  logLevel: z.infer<typeof rawSchema>['LOG_LEVEL'];
  portalUrl: string;
  /** How many X-Forwarded-For entries (from the right) come from our own proxies: lib/request-meta.ts. */
  trustedProxyHops: number;
  /** Live mode only (sandbox mode delivers to the sandbox inbox). */
  mail: { smtpUrl: string; from: string } | null;
};

export class EnvError extends Error {
  override name = 'EnvError';
}

type SecretStore = { get(name: string): string };

/** Secrets generated once per sandbox install and kept in data/sandbox-secrets.json. */
export function fileSecretStore(dataDir: string): SecretStore {
  const file = path.resolve(dataDir, 'sandbox-secrets.json');
  return {
    get(name) {
      const saved: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
      if (!saved[name]) {
        saved[name] = randomBytes(32).toString('base64url');
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify(saved, null, 2), { mode: 0o600 });
      }
      return saved[name];
    },
  };
}

export function parseEnv(raw: Record<string, string | undefined>, secrets?: SecretStore): Env {
  // Empty strings in .env files mean "unset".
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = rawSchema.safeParse(cleaned);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.')} (${i.message})`);
    throw new EnvError(`Invalid environment: ${fields.join('; ')}`);
  }
  const e = parsed.data;

  if (e.PARTNER_API_MODE === 'live') {
    const missing = (
      ['PARTNER_API_BASE_URL', 'PARTNER_API_KEY', 'AUTH_SECRET', 'SMTP_URL', 'MAIL_FROM'] as const
    ).filter((k) => !e[k]);
    if (missing.length > 0) {
      throw new EnvError(
        `Live mode needs ${missing.join(', ')}: set ${missing.length > 1 ? 'them' : 'it'} in the environment or .env (see .env.example).`,
      );
    }
  }

  const store = secrets ?? fileSecretStore(e.DATA_DIR);
  const portalUrl = e.PORTAL_URL ?? `http://localhost:${e.PORT}`;
  const database = /^postgres(ql)?:\/\//.test(e.DATABASE_URL)
    ? ({ kind: 'postgres', url: e.DATABASE_URL } as const)
    : ({ kind: 'sqlite', file: path.resolve(e.DATABASE_URL.replace(/^file:/, '')) } as const);

  return {
    nodeEnv: e.NODE_ENV,
    isProduction: e.NODE_ENV === 'production',
    port: e.PORT,
    mode: e.PARTNER_API_MODE,
    // In sandbox mode the portal calls its own /sandbox routes over HTTP, exactly as it
    // would call the live API, so switching modes changes configuration only.
    partnerApiBaseUrl: (e.PARTNER_API_BASE_URL ?? `http://127.0.0.1:${e.PORT}/sandbox`).replace(/\/$/, ''),
    partnerApiKey: e.PARTNER_API_KEY ?? store.get('partnerApiKey'),
    partnerApiTimeoutMs: e.PARTNER_API_TIMEOUT_MS,
    authSecret: e.AUTH_SECRET ?? store.get('authSecret'),
    database,
    dataDir: path.resolve(e.DATA_DIR),
    demoOwnerEmail: e.DEMO_OWNER_EMAIL.toLowerCase(),
    demoOwnerPassword: e.DEMO_OWNER_PASSWORD,
    logLevel: e.LOG_LEVEL,
    portalUrl,
    trustedProxyHops: e.TRUSTED_PROXY_HOPS,
    mail: e.SMTP_URL && e.MAIL_FROM ? { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM } : null,
  };
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/**
 * True inside the Next server (Node runtime), where the bundler has built its worker entries
 * (lib/clients/mirror-thread.ts); false in tests and scripts run with tsx. Next inlines
 * NEXT_RUNTIME at build time.
 */
export function insideNextServer(): boolean {
  return process.env.NEXT_RUNTIME === 'nodejs';
}
