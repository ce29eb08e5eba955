'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { Permission } from '@/lib/auth/permissions';

/** The workspace's own navigation: only the areas the client role (or the acting staff member) may open. */
const ITEMS: { href: string; label: string; permission: Permission | null }[] = [
  { href: '/account', label: 'Overview', permission: null },
  { href: '/account/numbers', label: 'Numbers', permission: 'numbers:read' },
  { href: '/account/agents', label: 'Agents', permission: 'agents:read' },
  { href: '/account/flows', label: 'Call flows', permission: 'flows:read' },
  { href: '/account/bots', label: 'Voice bots', permission: 'bots:read' },
  { href: '/account/whatsapp', label: 'WhatsApp', permission: 'whatsapp:read' },
  { href: '/account/wallet', label: 'Wallet', permission: 'wallet:read' },
  { href: '/account/masking', label: 'Number masking', permission: 'masking:read' },
  { href: '/account/users', label: 'Users', permission: null },
  { href: '/account/security', label: 'Password and sessions', permission: 'account:sessions' },
];

export function AccountNav({ allowed }: { allowed: Permission[] }) {
  const path = usePathname();
  const current = (href: string) =>
    href === '/account' ? path === href : path === href || path.startsWith(`${href}/`);
  return (
    <nav aria-label="Your account" className="mb-6 overflow-x-auto">
      <ul className="flex min-w-max gap-1 border-b border-line text-sm">
        {ITEMS.filter((i) => i.permission === null || allowed.includes(i.permission)).map((i) => (
          <li key={i.href}>
            <Link
              href={i.href}
              aria-current={current(i.href) ? 'page' : undefined}
              className="inline-block rounded-t-md px-3 py-2 text-fg hover:bg-surface-muted focus-visible:outline-2 aria-[current=page]:border-b-2 aria-[current=page]:border-brand aria-[current=page]:font-semibold"
            >
              {i.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
