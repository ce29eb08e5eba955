import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { AddUserForm } from '@/components/users/add-user-form';
import { ToggleDisabledButton } from '@/components/users/toggle-disabled-button';
import { isRole, ROLE_LABELS } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';
import { listUsers } from '@/lib/users/queries';

export const metadata = { title: 'Users' };

export default async function UsersPage() {
  const me = await requireStaff('users:manage');
  const users = await listUsers();
  return (
    <>
      <PageHeader title="Users" description="Who can sign in to this portal, and with which role." />
      <Card className="mb-6">
        <h2 className="mb-4 text-lg font-semibold">Add user</h2>
        <AddUserForm />
      </Card>
      <Card className="overflow-x-auto p-0 sm:p-0">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Users</caption>
          <thead className="border-b border-line text-fg-muted">
            <tr>
              <th scope="col" className="px-4 py-2">
                Name
              </th>
              <th scope="col" className="px-4 py-2">
                Email
              </th>
              <th scope="col" className="px-4 py-2">
                Role
              </th>
              <th scope="col" className="px-4 py-2">
                Status
              </th>
              <th scope="col" className="px-4 py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-line last:border-0">
                <td className="px-4 py-2">{u.name}</td>
                <td className="px-4 py-2">{u.email}</td>
                <td className="px-4 py-2">
                  {isRole(u.role) ? ROLE_LABELS[u.role] : u.role}
                  {u.clientId ? <span className="block text-xs text-fg-muted">{u.clientId}</span> : null}
                </td>
                <td className="px-4 py-2">
                  {u.disabled ? <Badge tone="danger">Disabled</Badge> : <Badge tone="success">Active</Badge>}
                </td>
                <td className="px-4 py-2">
                  {u.id === me.id ? (
                    <span className="text-fg-muted">You</span>
                  ) : (
                    <ToggleDisabledButton userId={u.id} email={u.email} disabled={u.disabled} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </>
  );
}
