import { ClientPicker, pickerQuery } from '@/components/clients/client-picker';
import { PageHeader } from '@/components/ui/page-header';
import { requireStaff } from '@/lib/auth/session';

export const metadata = { title: 'Wallet' };

/** Wallets belong to clients: pick the client first, then see its balance, transactions and add credits. */
export default async function WalletPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  await requireStaff('wallet:read');
  const q = pickerQuery((await searchParams).q);
  return (
    <>
      <PageHeader
        title="Wallet"
        description="Choose a client to see its balance, validity and transactions, and to add credits."
      />
      <ClientPicker q={q} area="wallet" areaLabel="Wallet" />
    </>
  );
}
