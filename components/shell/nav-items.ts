import type { Permission } from '@/lib/auth/permissions';

/** Every console area, in navigation order. `permission` hides what a role cannot open. */
export const NAV_ITEMS: ReadonlyArray<{ href: string; label: string; permission: Permission }> = [
  { href: '/dashboard', label: 'Dashboard', permission: 'dashboard:read' },
  { href: '/clients', label: 'Clients', permission: 'clients:read' },
  { href: '/onboarding', label: 'Onboarding', permission: 'onboarding:read' },
  { href: '/numbers', label: 'Numbers', permission: 'numbers:read' },
  { href: '/agents', label: 'Agents', permission: 'agents:read' },
  { href: '/flows', label: 'Call flows', permission: 'flows:read' },
  { href: '/bots', label: 'Voice bots', permission: 'bots:read' },
  { href: '/whatsapp', label: 'WhatsApp', permission: 'whatsapp:read' },
  { href: '/wallet', label: 'Wallet', permission: 'wallet:read' },
  { href: '/masking', label: 'Number masking', permission: 'masking:read' },
  { href: '/settings', label: 'Settings', permission: 'settings:read' },
  { href: '/audit', label: 'Audit log', permission: 'audit:read' },
];
