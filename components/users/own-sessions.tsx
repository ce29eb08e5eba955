import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { getSessionClaims } from '@/lib/auth/session';
import { listSessions } from '@/lib/auth/sessions';
import { getSettings } from '@/lib/settings';
import { formatTimestamp } from '@/lib/time-display';
import { ChangePasswordForm } from './change-password-form';
import { RevokeSessionButton, SignOutEverywhereButton } from './session-buttons';

/**
 * Your password and where you are signed in: change the password (which ends every session),
 * end one session or all of them.
 * One component for every role: staff at Settings → Your account, end-clients at
 * /account/security. Times in the portal's display zone, labelled.
 */
export async function OwnSessions({ userId }: { userId: string }) {
  const [sessions, claims, { displayTimeZone }] = await Promise.all([
    listSessions(userId),
    getSessionClaims(),
    getSettings(),
  ]);
  const live = sessions.filter((s) => !s.revokedAt);
  const when = (iso: string) => formatTimestamp(iso, displayTimeZone);
  return (
    <>
      <Card className="mb-6 space-y-3">
        <h2 className="text-lg font-semibold">Change your password</h2>
        <p className="text-sm text-fg-muted">
          Changing it signs you out everywhere, this device included: sign in again with the new one.
        </p>
        <ChangePasswordForm />
      </Card>
      <Card className="mb-6 space-y-3">
        <h2 className="text-lg font-semibold">Sign out everywhere</h2>
        <p className="text-sm text-fg-muted">
          Ends every session of yours at once, this one included: use it if a device was lost or shared.
        </p>
        <SignOutEverywhereButton />
      </Card>
      <Card flush>
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
