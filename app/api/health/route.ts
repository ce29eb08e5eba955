import { sql } from 'kysely';
import { NextResponse } from 'next/server';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

/** Liveness + database reachability, for load balancers and the test script. No secrets. */
export async function GET() {
  try {
    const db = await getDb();
    await sql`select 1`.execute(db);
    return NextResponse.json({ ok: true, mode: env().mode }, { headers: { 'Cache-Control': 'no-store' } });
  } catch {
    return NextResponse.json({ ok: false }, { status: 503, headers: { 'Cache-Control': 'no-store' } });
  }
}
