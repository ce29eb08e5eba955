import { handleSandboxRequest } from '@/lib/sandbox/server';

// Served at /sandbox/_faults (a folder named "_faults" would be private in the App Router).
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const POST = handleSandboxRequest;
export const DELETE = handleSandboxRequest;
