import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireWorkspace } from '@/lib/acting-as';
import { isPartnerApiError } from '@/lib/partner-api';
import { clientProfile, walletBalance } from '@/lib/partner-api/reads';
import { dateOnly, parseTime } from '@/lib/time';

export const metadata = { title: 'Your account' };

async function loadAccount(clientId: string) {
  // The same reads as the layout's action-required banner (getClient): one upstream call each.
  const [client, wallet] = await Promise.allSettled([clientProfile(clientId), walletBalance(clientId)]);
  const problem = [client, wallet].find((r) => r.status === 'rejected') as PromiseRejectedResult | undefined;
  const message = problem
    ? isPartnerApiError(problem.reason)
      ? problem.reason.userMessage
      : 'Your account details could not be loaded. Please try again.'
    : null;
  return {
    client: client.status === 'fulfilled' ? client.value : null,
    wallet: wallet.status === 'fulfilled' ? wallet.value : null,
    message,
  };
}

const inr = (v: string) => {
  const n = Number(v);
  return Number.isFinite(n) ? new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR' }).format(n) : v;
};

/** An end-client's own account: only the client id bound to their sign-in is ever read. */
export default async function AccountPage() {
  const { clientId, user } = await requireWorkspace();
  const { client, wallet, message } = await loadAccount(clientId);
  return (
    <>
      <PageHeader title="Your account" description={`Signed in as ${user.email}.`} />
      {message ? (
        <p role="alert" className="mb-4 rounded-md border border-danger px-3 py-2 text-sm text-danger">
          {message}
        </p>
      ) : null}
      <Card>
        <dl className="grid gap-2 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="text-fg-muted">Client id</dt>
          <dd className="font-mono">{clientId}</dd>
          {client ? (
            <>
              <dt className="text-fg-muted">Name</dt>
              <dd>{client.name}</dd>
              <dt className="text-fg-muted">Status</dt>
              <dd>
                {client.status === '1' ? <Badge tone="success">Active</Badge> : <Badge tone="warning">Inactive</Badge>}
              </dd>
              <dt className="text-fg-muted">Email</dt>
              <dd>{client.email}</dd>
              <dt className="text-fg-muted">Mobile</dt>
              <dd>{client.mobile}</dd>
              {client.valid_till ? (
                <>
                  <dt className="text-fg-muted">Valid till</dt>
                  <dd>{dateOnly(parseTime(client.valid_till)) ?? client.valid_till}</dd>
                </>
              ) : null}
            </>
          ) : null}
          {wallet ? (
            <>
              <dt className="text-fg-muted">Wallet balance</dt>
              <dd data-testid="wallet-balance">{inr(wallet.balance)}</dd>
            </>
          ) : null}
        </dl>
      </Card>
    </>
  );
}
