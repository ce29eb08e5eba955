import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { RevokeSessionButton, SignOutEverywhereButton } from '@/components/users/session-buttons';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { getSessionClaims, requireStaff } from '@/lib/auth/session';
import { listSessions } from '@/lib/auth/sessions';

export const metadata = { title: 'Your account' };

const when = (iso: string) => new Date(iso).toUTCString().replace(' GMT', ' UTC');

/** Where you are signed in, and the way to end those sessions. */
export default async function AccountSettingsPage() {
  const user = await requireStaff('dashboard:read');
  const [sessions, claims] = await Promise.all([listSessions(user.id), getSessionClaims()]);
  const live = sessions.filter((s) => !s.revokedAt);
  return (
    <>
      <PageHeader title="Your account" description={`${user.name} · ${user.email} · ${ROLE_LABELS[user.role]}`} />
      <Card className="mb-6 space-y-3">
        <h2 className="text-lg font-semibold">Sign out everywhere</h2>
        <p className="text-sm text-fg-muted">
          Ends every session of yours at once, this one included: use it if a device was lost or shared.
        </p>
        <SignOutEverywhereButton />
      </Card>
      <Card className="p-0 sm:p-0">
        <h2 className="px-4 pt-4 text-lg font-semibold">Where you are signed in</h2>
        <Table label="Your sessions" stack>
          <TableHeader>
            <TableRow>
              <TableHead>Device</TableHead>
              <TableHead>Address</TableHead>
              <TableHead>Signed in</TableHead>
              <TableHead>Last seen</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {live.map((s) => (
              <TableRow key={s.sid}>
                <TableCell label="Device" className="max-w-xs break-words text-xs">
                  {s.userAgent ?? 'Unknown'} {s.sid === claims?.sid ? <Badge tone="success">This device</Badge> : null}
                </TableCell>
                <TableCell label="Address">{s.ip ?? '—'}</TableCell>
                <TableCell label="Signed in">{when(s.createdAt)}</TableCell>
                <TableCell label="Last seen">{when(s.lastSeenAt)}</TableCell>
                <TableCell label="Actions">
                  <RevokeSessionButton
                    sid={s.sid}
                    label={
                      s.sid === claims?.sid ? 'Sign out this device' : `Sign out the session from ${when(s.createdAt)}`
                    }
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Card>
    </>
  );
}
