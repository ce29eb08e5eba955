import { ActAsForm } from '@/components/acting-as/act-as-form';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Table, TableBody, TableCell, TableEmpty, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { can, type Role } from '@/lib/auth/permissions';
import { inviteClientUser, setClientUserDisabled, withdrawClientInvite } from '@/lib/users/client-actions';
import { listUsers, openInvites } from '@/lib/users/queries';
import { InviteForm } from './invite-form';
import { OpenInvites } from './open-invites';
import { ToggleDisabledButton } from './toggle-disabled-button';

/**
 * The client page's people section: the client's own users (owners and admins invite and
 * disable them) and, for owner/admin/operations, "open workspace as this client".
 * Staff can invite the client's first user: a client registered outside the portal (or whose
 * onboarding email already had a login) has nobody to invite colleagues otherwise. The invitee
 * chooses their own name and password from the one-time link; staff never see either.
 */
export async function ClientPeopleSection({ clientId, role }: { clientId: string; role: Role }) {
  const manage = can(role, 'client-users:manage');
  const [users, invites] = await Promise.all([listUsers({ clientId }), manage ? openInvites(clientId) : []]);
  return (
    <>
      <Card flush className="lg:col-span-2">
        <h2 className="px-4 pt-4 text-lg font-semibold">Client users</h2>
        <p className="px-4 pb-2 text-sm text-fg-muted">People of this client who sign in to its own workspace.</p>
        <Table label="Client users" stack>
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>Email</TableHead>
              <TableHead>Status</TableHead>
              {manage ? (
                <TableHead>
                  <span className="sr-only">Actions</span>
                </TableHead>
              ) : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {users.length === 0 ? (
              <TableEmpty colSpan={manage ? 4 : 3}>
                {manage
                  ? 'No users yet: invite the client’s first user below; they choose their own password.'
                  : 'No users yet: the client invites colleagues from its workspace.'}
              </TableEmpty>
            ) : (
              users.map((u) => (
                <TableRow key={u.id}>
                  <TableCell label="Name">{u.name}</TableCell>
                  <TableCell label="Email" className="break-all">
                    {u.email}
                  </TableCell>
                  <TableCell label="Status">
                    {u.disabled ? <Badge tone="danger">Disabled</Badge> : <Badge tone="success">Active</Badge>}
                  </TableCell>
                  {manage ? (
                    <TableCell label="Actions">
                      <ToggleDisabledButton
                        userId={u.id}
                        email={u.email}
                        disabled={u.disabled}
                        action={setClientUserDisabled}
                        clientId={clientId}
                      />
                    </TableCell>
                  ) : null}
                </TableRow>
              ))
            )}
          </TableBody>
        </Table>
        {manage ? (
          <div className="space-y-2 border-t border-line p-4">
            <h3 className="font-semibold">Invite a client user</h3>
            <p className="text-sm text-fg-muted">
              They get a link by email that works once, for 72 hours, to choose their name and password and sign in to
              this client’s workspace.
            </p>
            <InviteForm action={inviteClientUser} clientId={clientId} />
          </div>
        ) : null}
      </Card>
      {manage && invites.length > 0 ? (
        <div className="lg:col-span-2">
          <OpenInvites invites={invites} action={withdrawClientInvite} clientId={clientId} />
        </div>
      ) : null}
      {can(role, 'clients:act-as') ? (
        <Card className="lg:col-span-2">
          <h2 className="mb-1 text-lg font-semibold">Act as this client</h2>
          <p className="mb-3 text-sm text-fg-muted">
            See the client’s workspace as they see it, for an hour or until you leave. What your role may not change
            stays read-only, and every change is audited under your name and the client’s.
          </p>
          <ActAsForm clientId={clientId} />
        </Card>
      ) : null}
    </>
  );
}
