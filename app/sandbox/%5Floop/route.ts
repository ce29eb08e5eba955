import { timingSafeEqual } from 'node:crypto';
import { type IntervalHistogram, monitorEventLoopDelay } from 'node:perf_hooks';
import { env } from '@/lib/env';
import { notFoundResponse } from '@/lib/sandbox/server';

// GET /sandbox/_loop (bearer key, sandbox mode only): this process's event-loop delay since the
// previous call (max, p99, mean in ms), then resets. `npm run bench` reads it around refreshes
// of the clients mirror to prove no request is blocked for long.
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const g = globalThis as unknown as { __loopDelay?: IntervalHistogram };

function authorized(req: Request): boolean {
  const got = Buffer.from(req.headers.get('authorization') ?? '');
  const want = Buffer.from(`Bearer ${env().partnerApiKey}`);
  return got.length === want.length && timingSafeEqual(got, want);
}

export async function GET(req: Request): Promise<Response> {
  if (env().mode === 'live') return notFoundResponse();
  if (!authorized(req)) return Response.json({ status: 401, message: 'Unauthorized', data: null }, { status: 401 });
  if (!g.__loopDelay) {
    g.__loopDelay = monitorEventLoopDelay({ resolution: 10 });
    g.__loopDelay.enable();
  }
  const h = g.__loopDelay;
  const ms = (ns: number) => Math.round((ns / 1e6) * 10) / 10;
  const data = { maxMs: ms(h.max), p99Ms: ms(h.percentile(99)), meanMs: ms(h.mean), samples: h.count };
  h.reset();
  return Response.json({ status: 200, message: 'ok', data }, { headers: { 'Cache-Control': 'no-store' } });
}
