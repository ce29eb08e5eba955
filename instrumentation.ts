/**
 * Next.js calls register() once per server start. Node runtime only: the database driver
 * and the sandbox need Node APIs. (NEXT_RUNTIME is inlined by Next at build time.)
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startup } = await import('./lib/startup');
  try {
    await startup();
  } catch (err) {
    // Refuse to serve with a broken configuration: one clear line, then exit.
    console.error(`Portal cannot start: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
