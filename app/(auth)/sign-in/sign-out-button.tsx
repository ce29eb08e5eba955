import { signOutAndLeave } from './actions';

// A plain form posting straight to the server action, so it works before hydration too; the
// action's result is not read here (it redirects), hence the narrower type React expects.
const signOut = signOutAndLeave as unknown as (formData: FormData) => Promise<void>;

/** The header's sign-out button: ends this session for good (lib/auth/sessions.ts). */
export function SignOutButton() {
  return (
    <form action={signOut}>
      <button type="submit" className="rounded-md border border-line px-3 py-1.5">
        Sign out
      </button>
    </form>
  );
}
