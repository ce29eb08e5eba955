import { WalletDashboardView } from '@/components/wallet/wallet-dashboard';
import { getBrand } from '@/lib/brand/queries';
import { clientScope } from '@/lib/scope';

export const metadata = { title: 'Wallet' };

export default async function ClientWalletPage({
  params,
  searchParams,
}: {
  params: Promise<{ clientId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ clientId, may, base: root, workspace }, sp, brand] = await Promise.all([
    clientScope(params, 'wallet:read'),
    searchParams,
    getBrand(),
  ]);
  // End-clients never top up themselves: money comes in through the reseller.
  const contact = [brand.supportEmail, brand.supportPhone].filter(Boolean).join(' or ');
  return (
    <>
      {workspace ? (
        <p className="mb-4 rounded-md border border-line bg-surface-muted px-3 py-2 text-sm">
          To add credits or extend your validity, ask {brand.name}
          {contact ? ` (${contact})` : ''}.
        </p>
      ) : null}
      <WalletDashboardView
        clientId={clientId}
        basePath={`${root}/wallet`}
        searchParams={sp}
        canCredit={may('wallet:credit')}
      />
    </>
  );
}
