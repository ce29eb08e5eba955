import { describe, expect, it } from 'vitest';
import { manageError, removesAnOwner } from './rules';

describe('manageError', () => {
  it('lets an owner manage anyone, including making owners', () => {
    expect(manageError('owner', 'owner', 'viewer')).toBeNull();
    expect(manageError('owner', 'viewer', 'owner')).toBeNull();
  });
  it('stops an admin from touching owners or creating them', () => {
    expect(manageError('admin', 'owner')).toMatch(/Only an owner/);
    expect(manageError('admin', 'viewer', 'owner')).toMatch(/Only an owner/);
    expect(manageError('admin', 'viewer', 'billing')).toBeNull();
  });
});

describe('removesAnOwner', () => {
  it('counts demotion and disabling of an active owner', () => {
    expect(removesAnOwner({ role: 'owner', disabled: false }, { role: 'admin' })).toBe(true);
    expect(removesAnOwner({ role: 'owner', disabled: false }, { disabled: true })).toBe(true);
  });
  it('ignores keeping the owner role, enabling, and non-owners', () => {
    expect(removesAnOwner({ role: 'owner', disabled: false }, { role: 'owner' })).toBe(false);
    expect(removesAnOwner({ role: 'owner', disabled: false }, { disabled: false })).toBe(false);
    expect(removesAnOwner({ role: 'owner', disabled: true }, { role: 'viewer' })).toBe(false);
    expect(removesAnOwner({ role: 'admin', disabled: false }, { disabled: true })).toBe(false);
  });
});
