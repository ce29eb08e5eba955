import { env } from '@/lib/env';

/**
 * Server start (called from instrumentation.ts). The environment is checked first, before
 * any module that reads it at load time, so a live deployment missing its keys stops with
 * one line naming them instead of a stack trace.
 */
export async function startOrExit(): Promise<void> {
  try {
    env();
    const { startup } = await import('./startup');
    await startup();
  } catch (err) {
    console.error(`Portal cannot start: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
