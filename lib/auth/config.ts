import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { burnVerify, verifyPassword } from './passwords';
import { checkThrottle, recordAttempt } from './throttle';
import { findUserForSignIn } from './users';

/** Wrong email and wrong password look the same from outside. */
export class InvalidCredentials extends CredentialsSignin {
  override code = 'invalid';
}

/** Too many failures; `code` carries the minutes to wait: `throttled:N`. */
export class ThrottledSignIn extends CredentialsSignin {
  constructor(minutes: number) {
    super();
    this.code = `throttled:${minutes}`;
  }
}

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(200),
});

function clientIp(request: Request | undefined): string {
  const fwd = request?.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return fwd || request?.headers.get('x-real-ip') || 'unknown';
}

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
        const { email, password } = parsed.data;
        const who = { email, ip: clientIp(request) };
        const db = await getDb();

        const throttle = await checkThrottle(db, who);
        if (throttle.blocked) throw new ThrottledSignIn(throttle.retryAfterMinutes);

        const user = await findUserForSignIn(db, email);
        let ok = false;
        if (user) ok = await verifyPassword(user.passwordHash, password);
        else await burnVerify(password);
        await recordAttempt(db, who, ok && !user?.disabled);
        // A disabled account gets the same answer as a wrong password: no account probing.
        if (!ok || !user || user.disabled) throw new InvalidCredentials();
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    // Only the user id lives in the token; role, client and the disabled flag are read from
    // the database on every request (lib/auth/session.ts), so changes take effect at once.
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
