import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { clientAddressFrom } from '@/lib/request-meta';
import { revokeSession } from './sessions';
import { authenticate } from './sign-in';

/** Wrong email and wrong password look the same from outside. */
export class InvalidCredentials extends CredentialsSignin {
  override code = 'invalid';
}

/** Too many attempts; `code` carries the seconds to wait: `throttled:N`. */
export class ThrottledSignIn extends CredentialsSignin {
  constructor(seconds: number) {
    super();
    this.code = `throttled:${seconds}`;
  }
}

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(200),
});

/** What the JWT carries besides `sub`: the session id and the user's session version. */
type SessionClaims = { sid?: string; sv?: number };

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env().authSecret,
  // The portal is reached through its own origin (localhost in sandbox mode, the reseller's
  // domain behind a proxy in production); Host is trusted because proxy.ts rejects
  // cross-origin writes.
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  pages: { signIn: '/sign-in' },
  logger: {
    error: (error) => {
      if (error instanceof CredentialsSignin) return;
      log.error({ err: error }, 'auth error');
    },
    warn: (code) => log.warn({ code }, 'auth warning'),
  },
  providers: [
    Credentials({
      credentials: { email: { label: 'Email' }, password: { label: 'Password', type: 'password' } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const headers = request?.headers ?? new Headers();
        const outcome = await authenticate(await getDb(), {
          ...parsed.data,
          ip: clientAddressFrom(headers),
          userAgent: headers.get('user-agent'),
        });
        if (outcome.ok) return outcome.user;
        if (outcome.reason === 'throttled') throw new ThrottledSignIn(outcome.retryAfterS);
        throw new InvalidCredentials();
      },
    }),
  ],
  events: {
    // next-auth's own sign-out endpoint (/api/auth/signout) ends the session for good too, as the
    // portal's sign-out action does: a copy of the cookie kept elsewhere opens nothing after it.
    async signOut(message) {
      const token = 'token' in message ? message.token : null;
      if (token?.sub && typeof token.sid === 'string') await revokeSession(token.sub, token.sid).catch(() => false);
    },
  },
  callbacks: {
    // The token holds the user id, the session id and the session version; role, client, the
    // disabled flag, the version and the session's revocation are read from the database on
    // every request (lib/auth/session.ts), so changes and sign-outs take effect at once.
    jwt({ token, user }) {
      if (user?.id) {
        const claims = user as typeof user & SessionClaims;
        token.sub = user.id;
        token.sid = claims.sid;
        token.sv = claims.sv;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      const claims: SessionClaims = {
        sid: typeof token.sid === 'string' ? token.sid : undefined,
        sv: typeof token.sv === 'number' ? token.sv : undefined,
      };
      Object.assign(session, claims);
      return session;
    },
  },
});
