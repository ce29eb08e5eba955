import { describe, expect, it } from 'vitest';
import { can, isStaff, MATRIX, PERMISSIONS, ROLES } from './permissions';

describe('permission matrix', () => {
  it('gives the owner every permission and only the owner user management', () => {
    expect(MATRIX.owner).toEqual(PERMISSIONS);
    for (const role of ROLES) expect(can(role, 'users:manage')).toBe(role === 'owner' || role === 'admin');
  });

  it('keeps viewers read-only', () => {
    // Reads only, plus ending their own sessions (every role may sign itself out).
    for (const p of MATRIX.viewer) expect(p.endsWith(':read') || p === 'account:sessions').toBe(true);
    expect(can('viewer', 'numbers:buy')).toBe(false);
    expect(can('viewer', 'wallet:credit')).toBe(false);
  });

  it('lets every role see and end its own sessions', () => {
    expect(ROLES.filter((r) => can(r, 'account:sessions'))).toEqual([...ROLES]);
  });

  it('lets only owner, admin and billing add credits', () => {
    expect(ROLES.filter((r) => can(r, 'wallet:credit'))).toEqual(['owner', 'admin', 'billing']);
  });

  it('lets operations run clients but not money or settings', () => {
    expect(can('operations', 'numbers:buy')).toBe(true);
    expect(can('operations', 'clients:status')).toBe(true);
    expect(can('operations', 'wallet:credit')).toBe(false);
    expect(can('operations', 'settings:brand')).toBe(false);
    expect(can('operations', 'audit:read')).toBe(false);
  });

  it('keeps end-clients out of the console-wide areas', () => {
    expect(isStaff('client')).toBe(false);
    for (const p of [
      'dashboard:read',
      'onboarding:write',
      'settings:read',
      'audit:read',
      'wallet:credit',
      'clients:status',
    ] as const) {
      expect(can('client', p)).toBe(false);
    }
    expect(can('client', 'agents:write')).toBe(true);
  });

  it('only names known permissions', () => {
    for (const role of ROLES) for (const p of MATRIX[role]) expect(PERMISSIONS).toContain(p);
  });
});
