import 'server-only';
import { headers } from 'next/headers';

/** Request id (set by proxy.ts) and client IP for logs and the audit trail. */
export async function requestMeta(): Promise<{ requestId: string; ip: string | null }> {
  const h = await headers();
  const requestId = h.get('x-request-id') ?? crypto.randomUUID();
  const ip = h.get('x-forwarded-for')?.split(',')[0]?.trim() || h.get('x-real-ip') || null;
  return { requestId, ip };
}
