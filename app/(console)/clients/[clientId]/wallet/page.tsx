import { WalletDashboardView } from '@/components/wallet/wallet-dashboard';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';

export const metadata = { title: 'Wallet' };

export default async function ClientWalletPage({
  params,
  searchParams,
}: {
  params: Promise<{ clientId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireStaff('wallet:read');
  const [{ clientId }, sp] = await Promise.all([params, searchParams]);
  return (
    <WalletDashboardView
      clientId={clientId}
      basePath={`/clients/${encodeURIComponent(clientId)}/wallet`}
      searchParams={sp}
      canCredit={can(user.role, 'wallet:credit')}
    />
  );
}
