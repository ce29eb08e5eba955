import 'server-only';
import pino from 'pino';
import { env } from '@/lib/env';

/**
 * Structured JSON logs. Secrets and PII are redacted by key wherever they appear
 * (top level or nested up to three levels): the partner key travels in `authorization`.
 */
export const REDACTED_KEYS = [
  'authorization',
  'password',
  'current_password',
  'otp',
  'emailotp',
  'mobileotp',
  'access_token',
  'wss_header',
  'aadhar_num',
  'pan',
  'signature',
  'partnerApiKey',
  'authSecret',
];

const paths = REDACTED_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`, `*.*.*.${k}`]);

const g = globalThis as unknown as { __portalLogger?: pino.Logger };

g.__portalLogger ??= pino({
  level: env().logLevel,
  base: { app: 'reseller-portal' },
  redact: { paths, censor: '[redacted]' },
  timestamp: pino.stdTimeFunctions.isoTime,
});

// One logger per process, even when Next bundles this module into several chunks.
export const log: pino.Logger = g.__portalLogger;
