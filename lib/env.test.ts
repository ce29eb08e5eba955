import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env';

const secrets = { get: (name: string) => `generated-${name}-0123456789abcdef0123456789` };

describe('parseEnv', () => {
  it('defaults to sandbox mode with a SQLite file under data/', () => {
    const e = parseEnv({}, secrets);
    expect(e.mode).toBe('sandbox');
    expect(e.database).toEqual({ kind: 'sqlite', file: expect.stringMatching(/data\/portal\.db$/) });
    expect(e.partnerApiBaseUrl).toBe('http://127.0.0.1:3000/sandbox');
    expect(e.partnerApiKey).toBe(secrets.get('partnerApiKey'));
    expect(e.authSecret).toBe(secrets.get('authSecret'));
    expect(e.partnerApiTimeoutMs).toBe(10_000);
  });

  it('refuses live mode without its keys, naming every missing variable on one line', () => {
    expect(() => parseEnv({ PARTNER_API_MODE: 'live' }, secrets)).toThrow(EnvError);
    expect(() => parseEnv({ PARTNER_API_MODE: 'live' }, secrets)).toThrow(
      /^Live mode needs PARTNER_API_BASE_URL, PARTNER_API_KEY, AUTH_SECRET, SMTP_URL, MAIL_FROM: set them/,
    );
    expect(() =>
      parseEnv(
        {
          PARTNER_API_MODE: 'live',
          PARTNER_API_BASE_URL: 'https://api.example.test',
          AUTH_SECRET: 'x'.repeat(40),
          SMTP_URL: 'smtp://mail.example.test:587',
          MAIL_FROM: 'Portal <noreply@example.test>',
        },
        secrets,
      ),
    ).toThrow(/^Live mode needs PARTNER_API_KEY: set it/);
  });

  it('accepts a complete live configuration and never invents a key', () => {
    const e = parseEnv(
      {
        PARTNER_API_MODE: 'live',
        PARTNER_API_BASE_URL: 'https://api.example.test/',
        PARTNER_API_KEY: 'live-key-0123456789',
        AUTH_SECRET: 'x'.repeat(40),
        SMTP_URL: 'smtp://mail.example.test:587',
        MAIL_FROM: 'Portal <noreply@example.test>',
      },
      secrets,
    );
    expect(e.mail).toEqual({ smtpUrl: 'smtp://mail.example.test:587', from: 'Portal <noreply@example.test>' });
    expect(e.partnerApiBaseUrl).toBe('https://api.example.test');
    expect(e.partnerApiKey).toBe('live-key-0123456789');
  });

  it('chooses PostgreSQL from a postgres:// DATABASE_URL', () => {
    expect(parseEnv({ DATABASE_URL: 'postgres://u@h:5432/db' }, secrets).database).toEqual({
      kind: 'postgres',
      url: 'postgres://u@h:5432/db',
    });
  });

  it('reports invalid values by name and treats empty strings as unset', () => {
    expect(() => parseEnv({ PARTNER_API_MODE: 'staging' }, secrets)).toThrow(/PARTNER_API_MODE/);
    expect(() => parseEnv({ PORT: 'abc' }, secrets)).toThrow(/PORT/);
    expect(parseEnv({ PARTNER_API_KEY: '' }, secrets).partnerApiKey).toBe(secrets.get('partnerApiKey'));
  });
});
