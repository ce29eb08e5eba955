import { type NextRequest, NextResponse } from 'next/server';
import { env } from '@/lib/env';

/**
 * Runs before every route: a per-request CSP nonce, a request id, security headers,
 * refusal of cross-origin writes, and a redirect to sign-in for pages when there is no
 * session cookie. It is never the only guard: pages, actions and route handlers check the
 * session and role themselves (lib/auth/session.ts, lib/action.ts, lib/route-guard.ts).
 */
const PUBLIC_PREFIXES = [
  '/sign-in',
  '/setup',
  '/invite',
  '/signup',
  '/sandbox',
  '/api/auth',
  '/api/health',
  '/forbidden',
];
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function isCrossOrigin(req: NextRequest): boolean {
  const origin = req.headers.get('origin');
  if (origin) {
    const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
    try {
      return new URL(origin).host !== host;
    } catch {
      return true;
    }
  }
  // No Origin: browsers still send Sec-Fetch-Site on writes; server-to-server calls send neither.
  const site = req.headers.get('sec-fetch-site');
  return site === 'cross-site';
}

function csp(nonce: string, dev: boolean): string {
  return [
    `default-src 'self'`,
    // 'strict-dynamic' lets Next's nonce'd bootstrap load its chunks; eval only in dev (HMR).
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? ` 'unsafe-eval'` : ''}`,
    // Inline style attributes (brand colours, React style props) need 'unsafe-inline' for styles.
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self' data:`,
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
}

/** A path whose percent-encoding does not decode (e.g. `%E0%A4%A`) is a bad request, not a 500. */
function malformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export function proxy(req: NextRequest) {
  const { pathname } = req.nextUrl;
  const dev = !env().isProduction;

  if (malformedPath(pathname)) {
    return new NextResponse('Bad request: the address is not valid', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }

  // Sandbox endpoints are called server-to-server by the portal's client with a bearer key.
  if (WRITE_METHODS.has(req.method) && !pathname.startsWith('/sandbox/') && isCrossOrigin(req)) {
    return new NextResponse('Cross-origin request refused', { status: 403 });
  }

  const isPublic = pathname === '/' || PUBLIC_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  const hasSession = SESSION_COOKIES.some((c) => req.cookies.has(c));
  if (!isPublic && !hasSession && req.method === 'GET' && !pathname.startsWith('/api/')) {
    const url = req.nextUrl.clone();
    url.pathname = '/sign-in';
    url.search = pathname === '/dashboard' ? '' : `?next=${encodeURIComponent(pathname + req.nextUrl.search)}`;
    return NextResponse.redirect(url);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const requestId = crypto.randomUUID();
  const policy = csp(nonce, dev);
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('x-request-id', requestId);
  // Next reads the nonce for its own scripts from the request-side CSP header.
  requestHeaders.set('content-security-policy', policy);

  const res = NextResponse.next({ request: { headers: requestHeaders } });
  res.headers.set('Content-Security-Policy', policy);
  res.headers.set('X-Request-Id', requestId);
  if (!dev) res.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains; preload');
  if (hasSession && !pathname.startsWith('/_next/')) res.headers.set('Cache-Control', 'private, no-store');
  return res;
}

export const config = {
  matcher: [
    {
      source: '/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)',
      // Server action calls (fetch POSTs carrying `Next-Action`) skip this proxy: it added ~2.5 ms
      // per action (Next building a NextRequest and applying the override headers) and does
      // nothing an action needs. Next refuses an action whose Origin is not the Host itself, a
      // cross-site page cannot send the custom header without a CORS preflight nobody answers,
      // each action checks the session, role and client scope itself (lib/action-core.ts), and its
      // answer is a Flight payload, not a page (CSP, no-store). A no-JS form submission carries
      // no such header and still comes through here.
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'next-action' },
      ],
    },
  ],
};
