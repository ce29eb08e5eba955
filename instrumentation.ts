/**
 * Next.js calls register() once per server start. Node runtime only: the database driver
 * and the sandbox need Node APIs. (NEXT_RUNTIME is inlined by Next at build time.)
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // First: every request from now on carries its TCP peer address (lib/peer-address.ts).
  const { installPeerAddressHook } = await import('./lib/peer-address');
  await installPeerAddressHook();
  const { startOrExit } = await import('./lib/boot');
  await startOrExit();
}
