import { SignOutButton } from '@/app/(auth)/sign-in/sign-out-button';
import { Badge } from '@/components/ui/badge';
import { can, isStaff, ROLE_LABELS } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/users';
import type { Brand } from '@/lib/brand/queries';
import { BrandMark } from './brand-mark';
import { JumpToClient } from './jump-to-client';
import { ThemeToggle } from './theme-toggle';

export function ConsoleHeader({ brand, user, sandbox }: { brand: Brand; user: SessionUser; sandbox: boolean }) {
  return (
    <header className="flex flex-wrap items-center gap-3 border-b border-line bg-surface px-4 py-2">
      <div className="flex min-w-0 items-center gap-2">
        <BrandMark brand={brand} />
        <span className="truncate font-semibold">{brand.name}</span>
        {sandbox ? (
          <Badge tone="warning" title="Calls go to the built-in sandbox, not the live provider">
            Sandbox
          </Badge>
        ) : null}
      </div>
      <div className="ml-auto flex items-center gap-2 text-sm">
        {/* The console is staff-only: an end-client has no other clients to jump to. */}
        {isStaff(user.role) && can(user.role, 'clients:read') ? <JumpToClient /> : null}
        <span className="hidden sm:inline">{user.name}</span>
        <Badge>{ROLE_LABELS[user.role]}</Badge>
        <ThemeToggle />
        <SignOutButton />
      </div>
    </header>
  );
}
