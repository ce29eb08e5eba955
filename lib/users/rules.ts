import type { Role } from '@/lib/auth/permissions';

/**
 * Who may change whom. Owners manage everyone; admins manage everyone except owners and may
 * not make anyone an owner (so an admin can never promote themselves past the owners).
 */
export function manageError(actor: Role, targetRole: Role, nextRole?: Role): string | null {
  if (actor === 'owner') return null;
  if (targetRole === 'owner' || nextRole === 'owner')
    return 'Only an owner can change an owner or make someone an owner.';
  return null;
}

export const LAST_OWNER = 'This is the last owner. Make someone else an owner first.';

/** Whether a change takes an active owner away (demotion or disabling). */
export function removesAnOwner(
  target: { role: Role; disabled: boolean },
  change: { role?: Role; disabled?: boolean },
): boolean {
  if (target.role !== 'owner' || target.disabled) return false;
  return (change.role !== undefined && change.role !== 'owner') || change.disabled === true;
}
