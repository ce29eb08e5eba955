import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { InviteForm } from '@/components/users/invite-form';
import { OpenInvites } from '@/components/users/open-invites';
import { ToggleDisabledButton } from '@/components/users/toggle-disabled-button';
import { requireWorkspace } from '@/lib/acting-as';
import { inviteClientUser, setClientUserDisabled, withdrawClientInvite } from '@/lib/users/client-actions';
import { listUsers, openInvites } from '@/lib/users/queries';

export const metadata = { title: 'Your users' };

/**
 * An end-client's own users: invite colleagues into this workspace (client role, this client
 * only) and disable them. The client id comes from the session, never from the URL.
 */
export default async function AccountUsersPage() {
  const { clientId, user, may } = await requireWorkspace();
  const [users, invites] = await Promise.all([listUsers({ clientId }), openInvites(clientId)]);
  const manage = may('client-users:manage');
  return (
    <>
      <PageHeader title="Your users" description="Colleagues who can sign in to this workspace." />
      {manage ? (
        <Card className="mb-6">
          <h2 className="mb-2 text-lg font-semibold">Invite a colleague</h2>
          <p className="mb-4 text-sm text-fg-muted">
            They get a link by email that works once, for 72 hours, to choose their name and password.
          </p>
          <InviteForm action={inviteClientUser} clientId={clientId} />
        </Card>
      ) : (
        <p className="mb-4 text-sm text-fg-muted">Read-only: your role cannot invite or disable this client’s users.</p>
      )}
      {manage && invites.length > 0 ? (
        <OpenInvites invites={invites} action={withdrawClientInvite} clientId={clientId} />
      ) : null}
      <Card flush>
        <Table label="Users" stack>
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>Email</TableHead>
              <TableHead>Status</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {users.map((u) => (
              <TableRow key={u.id}>
                <TableCell label="Name">{u.name}</TableCell>
                <TableCell label="Email" className="break-all">
                  {u.email}
                </TableCell>
                <TableCell label="Status">
                  {u.disabled ? <Badge tone="danger">Disabled</Badge> : <Badge tone="success">Active</Badge>}
                </TableCell>
                <TableCell label="Actions">
                  {u.id === user.id ? (
                    <span className="text-fg-muted">You</span>
                  ) : manage ? (
                    <ToggleDisabledButton
                      userId={u.id}
                      email={u.email}
                      disabled={u.disabled}
                      action={setClientUserDisabled}
                      clientId={clientId}
                    />
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Card>
    </>
  );
}
