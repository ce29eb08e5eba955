import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { ChangeRoleForm } from '@/components/users/change-role-form';
import { InviteForm } from '@/components/users/invite-form';
import { OpenInvites } from '@/components/users/open-invites';
import { ResetPasswordButton } from '@/components/users/reset-password-button';
import { SignOutUserButton } from '@/components/users/session-buttons';
import { ToggleDisabledButton } from '@/components/users/toggle-disabled-button';
import { ROLE_LABELS, type Role, STAFF_ROLES } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';
import { changeUserDisabled, inviteStaffUser, withdrawStaffInvite } from '@/lib/users/actions';
import { listUsers, openInvites } from '@/lib/users/queries';
import { manageError } from '@/lib/users/rules';

export const metadata = { title: 'Users' };

export default async function UsersPage() {
  const me = await requireStaff('users:manage');
  const [users, invites] = await Promise.all([listUsers({ clientId: null }), openInvites(null)]);
  // Admins manage everyone but owners and cannot hand out the owner role (lib/users/rules.ts).
  const grantable: readonly Role[] = STAFF_ROLES.filter((r) => manageError(me.role, 'viewer', r) === null);
  return (
    <>
      <PageHeader title="Users" description="Who can sign in to the console, and with which role." />
      <Card className="mb-6">
        <h2 className="mb-4 text-lg font-semibold">Invite a team member</h2>
        <p className="mb-4 text-sm text-fg-muted">
          They get a link by email that works once, for 72 hours, to choose their name and password.
        </p>
        <InviteForm action={inviteStaffUser} roles={grantable} />
      </Card>
      {invites.length > 0 ? <OpenInvites invites={invites} action={withdrawStaffInvite} /> : null}
      <Card flush>
        <Table label="Users" stack>
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>Email</TableHead>
              <TableHead>Role</TableHead>
              <TableHead>Status</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {users.map((u) => {
              const manageable = manageError(me.role, u.role) === null;
              const self = u.id === me.id;
              return (
                <TableRow key={u.id}>
                  <TableCell label="Name">{u.name}</TableCell>
                  <TableCell label="Email" className="break-all">
                    {u.email}
                  </TableCell>
                  <TableCell label="Role">
                    {manageable ? (
                      <ChangeRoleForm userId={u.id} email={u.email} role={u.role} roles={grantable} />
                    ) : (
                      ROLE_LABELS[u.role]
                    )}
                  </TableCell>
                  <TableCell label="Status">
                    {u.disabled ? <Badge tone="danger">Disabled</Badge> : <Badge tone="success">Active</Badge>}
                  </TableCell>
                  <TableCell label="Actions">
                    {self ? (
                      <span className="text-fg-muted">You</span>
                    ) : manageable ? (
                      <div className="flex flex-wrap items-start gap-2">
                        <ToggleDisabledButton
                          userId={u.id}
                          email={u.email}
                          disabled={u.disabled}
                          action={changeUserDisabled}
                        />
                        <ResetPasswordButton userId={u.id} email={u.email} />
                        <SignOutUserButton userId={u.id} email={u.email} />
                      </div>
                    ) : (
                      <span className="text-fg-muted">Owners manage owners</span>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Card>
    </>
  );
}
