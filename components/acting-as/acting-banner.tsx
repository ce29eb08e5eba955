import type { ActingAs } from '@/lib/acting-as';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { LeaveActingButton } from './leave-button';

/** Always visible while a staff member acts as a client: who, as whom, why, and the way out. */
export function ActingBanner({ acting, clientName }: { acting: ActingAs; clientName: string | null }) {
  return (
    <section
      aria-label="Acting as client"
      className="sticky top-0 z-40 border-b-2 border-amber-700 bg-amber-100 px-4 py-2 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
    >
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-2">
        <p>
          <strong>
            You are acting as {clientName ?? acting.clientId} ({acting.clientId})
          </strong>{' '}
          — signed in as {acting.staff.name} ({ROLE_LABELS[acting.staff.role]}). Reason: {acting.reason}. Every change
          is audited under both names.
        </p>
        <LeaveActingButton />
      </div>
    </section>
  );
}
