/**
 * The one role → permissions matrix. Pages, actions and route handlers all ask `can()`;
 * nothing else decides what a role may do. Client scope (which client_id) is checked
 * separately in lib/action.ts: a `client` user only ever reaches its own client.
 */
export const ROLES = ['owner', 'admin', 'operations', 'billing', 'viewer', 'client'] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES = ['owner', 'admin', 'operations', 'billing', 'viewer'] as const satisfies readonly Role[];

export const PERMISSIONS = [
  'dashboard:read',
  'clients:read',
  'clients:status',
  'onboarding:read',
  'onboarding:write',
  'numbers:read',
  'numbers:buy',
  'numbers:write',
  'agents:read',
  'agents:write',
  'flows:read',
  'flows:write',
  'bots:read',
  'bots:write',
  'whatsapp:read',
  'whatsapp:write',
  'wallet:read',
  'wallet:credit',
  'masking:read',
  'masking:write',
  'settings:read',
  'settings:brand',
  'users:manage',
  'audit:read',
  // Open a client's workspace as that client (owner, admin, operations).
  'clients:act-as',
  // Settings → API: the connection, the explorer and the OpenAPI document (owner only).
  'api:manage',
  // A client's own users: end-clients invite colleagues; owners and admins see and disable them.
  'client-users:manage',
  // Your own sessions: see where you are signed in, end one or all (every role).
  'account:sessions',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READS = PERMISSIONS.filter((p) => p.endsWith(':read'));
const CLIENT_OPERATIONS: Permission[] = [
  'numbers:buy',
  'numbers:write',
  'agents:write',
  'flows:write',
  'bots:write',
  'whatsapp:write',
  'masking:write',
];

export const MATRIX: Record<Role, readonly Permission[]> = {
  owner: PERMISSIONS,
  // Admins manage users too, but never owners (lib/users/rules.ts).
  admin: PERMISSIONS.filter((p) => p !== 'api:manage'),
  operations: [
    ...READS.filter((p) => p !== 'audit:read'),
    'clients:status',
    'clients:act-as',
    'onboarding:write',
    'account:sessions',
    ...CLIENT_OPERATIONS,
  ],
  billing: [...READS.filter((p) => p !== 'audit:read'), 'wallet:credit', 'account:sessions'],
  viewer: [...READS.filter((p) => p !== 'audit:read' && p !== 'settings:read'), 'account:sessions'],
  // An end-client runs its own account: no console-wide areas, no onboarding of others,
  // no credits (money comes in through the reseller).
  client: [
    'clients:read',
    'numbers:read',
    'agents:read',
    'flows:read',
    'bots:read',
    'whatsapp:read',
    'wallet:read',
    'masking:read',
    'client-users:manage',
    'account:sessions',
    ...CLIENT_OPERATIONS,
  ],
};

export function can(role: Role, permission: Permission): boolean {
  return MATRIX[role].includes(permission);
}

export function isStaff(role: Role): boolean {
  return role !== 'client';
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owner',
  admin: 'Admin',
  operations: 'Operations',
  billing: 'Billing',
  viewer: 'Viewer',
  client: 'Client',
};
