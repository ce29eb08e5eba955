import { handleSandboxRequest } from '@/lib/sandbox/server';

// Served at /sandbox/_otps/expire (a folder named "_otps" would be private in the App Router).
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const POST = handleSandboxRequest;
