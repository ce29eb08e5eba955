import { handleSandboxRequest } from '@/lib/sandbox/server';

// Served at /sandbox/_inbox: the portal's mailer delivers here in sandbox mode (bearer key), over
// HTTP like every other call it makes to the sandbox.
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const POST = handleSandboxRequest;
