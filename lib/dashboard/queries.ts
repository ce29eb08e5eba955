import 'server-only';
import { listClients } from '@/lib/clients/queries';
import { DEFAULT_PARAMS, type ListParams } from '@/lib/clients/schemas';
import { getPendingItems } from '@/lib/pending/queries';

export type DashboardFigures = {
  clients: number;
  inactive: number;
  lowBalance: number;
  expiringIn30Days: number;
  pending: number;
};

const count = async (p: Partial<ListParams>) => (await listClients({ ...DEFAULT_PARAMS, ...p })).total;

/**
 * Headline figures. The four client counts share one cached `clients` read (lib/clients),
 * and it runs alongside the `pending` read: two upstream calls, started together.
 */
export async function getDashboardFigures(): Promise<DashboardFigures> {
  const [clients, inactive, lowBalance, expiringIn30Days, pending] = await Promise.all([
    count({}),
    count({ status: 'inactive' }),
    count({ balance: 'low' }),
    count({ expiring: '30' }),
    getPendingItems().then((items) => items.length),
  ]);
  return { clients, inactive, lowBalance, expiringIn30Days, pending };
}
