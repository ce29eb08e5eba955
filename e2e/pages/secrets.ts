import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import Database from 'better-sqlite3';

/** A secret value unique to this run, easy to search for anywhere it might leak. */
export const canaryValue = (kind: 'bot' | 'wa') =>
  // `npm test` sets run-wide values, searched for afterwards in the server log, the audit log and
  // the bundles (scripts/test-all.sh); a hand-started run makes its own.
  (kind === 'bot' ? process.env.CANARY_BOT_HEADER : process.env.CANARY_WA_TOKEN) ||
  `canary-secret-${kind}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;

/**
 * Watches every response the browser receives (pages, RSC payloads, action results, scripts)
 * and records those carrying any of `secrets`. Request bodies are not checked: the browser
 * sends the secret once, on purpose.
 */
export function watchForSecrets(context: BrowserContext, secrets: string[]) {
  const leaks: string[] = [];
  const pending: Promise<void>[] = [];
  context.on('response', (res) => {
    pending.push(
      res
        .body()
        .then((b) => {
          const text = b.toString('utf8');
          for (const s of secrets) if (text.includes(s)) leaks.push(`${res.request().method()} ${res.url()}`);
        })
        .catch(() => undefined),
    );
  });
  return { leaks, settle: () => Promise.all(pending) };
}

/** Audit rows (SQLite runs) and the server log (when SERVER_LOG names it) containing a secret. */
export function secretsAtRest(secrets: string[]): string[] {
  const found: string[] = [];
  const url = process.env.DATABASE_URL ?? '';
  const file = url.startsWith('file:') ? url.slice(5) : path.resolve(process.env.DATA_DIR ?? 'data', 'portal.db');
  if (existsSync(file)) {
    const db = new Database(file, { readonly: true });
    try {
      for (const s of secrets) {
        const n = db
          .prepare("select count(*) as n from audit_log where input like ? or coalesce(message, '') like ?")
          .get(`%${s}%`, `%${s}%`) as { n: number };
        if (n.n > 0) found.push(`audit_log (${n.n} rows)`);
      }
    } finally {
      db.close();
    }
  }
  const log = process.env.SERVER_LOG;
  if (log && existsSync(log)) {
    const text = readFileSync(log, 'utf8');
    for (const s of secrets) if (text.includes(s)) found.push(`server log ${log}`);
  }
  return found;
}
