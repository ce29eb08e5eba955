import { handleSandboxRequest } from '@/lib/sandbox/server';

// The emulator's HTTP face: all routing, auth and rules live in lib/sandbox/http.ts.
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const GET = handleSandboxRequest;
export const POST = handleSandboxRequest;
export const PUT = handleSandboxRequest;
export const PATCH = handleSandboxRequest;
export const DELETE = handleSandboxRequest;
