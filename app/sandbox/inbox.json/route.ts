import { handleSandboxRequest } from '@/lib/sandbox/server';

// The OTP inbox as JSON for tests and demos: [{to, channel, purpose, code, sent_at}], newest first.
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const GET = handleSandboxRequest;
