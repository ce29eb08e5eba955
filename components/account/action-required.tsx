import Link from 'next/link';
import { getBrand } from '@/lib/brand/queries';
import { getClient } from '@/lib/clients/queries';
import { getStatusNote } from '@/lib/clients/status-notes';
import { formatRupees } from '@/lib/money';
import { getSettings } from '@/lib/settings';

const DAY_MS = 86_400_000;

/**
 * The workspace's "action required" banner: KYC incomplete, balance under the reseller's
 * threshold, validity ending soon, or the account paused (with the reason the reseller gave).
 * Each line says what to do; money always goes through the reseller's support contact.
 */
export async function ActionRequired({ clientId }: { clientId: string }) {
  const [client, settings, brand] = await Promise.all([
    getClient(clientId).catch(() => null),
    getSettings(),
    getBrand(),
  ]);
  if (!client) return null;
  const note = client.active ? null : await getStatusNote(clientId, false).catch(() => null);
  const contact = [brand.supportEmail, brand.supportPhone].filter(Boolean).join(' or ') || 'your provider';
  const items: { key: string; text: string; link?: { href: string; label: string } }[] = [];
  if (!client.active) {
    items.push({
      key: 'paused',
      text: `Your account is paused${note?.reason ? `: ${note.reason}` : ''}. Calls and changes are stopped until ${brand.name} reactivates it; contact ${contact}.`,
    });
  }
  if (client.kyc && (client.kyc.signed === false || (!client.kyc.pan && !client.kyc.aadhaarLast4))) {
    items.push({ key: 'kyc', text: `Your KYC is incomplete. Contact ${contact} to finish it.` });
  }
  if (client.balancePaise < settings.lowBalancePaise) {
    items.push({
      key: 'balance',
      text: `Your balance is ${formatRupees(client.balancePaise)}, under ${formatRupees(settings.lowBalancePaise)}. Ask ${contact} to add credits.`,
      link: { href: '/account/wallet', label: 'See your wallet' },
    });
  }
  if (client.validTillMs !== null) {
    const days = Math.ceil((client.validTillMs - Date.now()) / DAY_MS);
    if (days <= settings.validityWarningDays) {
      items.push({
        key: 'validity',
        text:
          days <= 0
            ? `Your account's validity has ended. Ask ${contact} to extend it.`
            : `Your account's validity ends in ${days} day${days === 1 ? '' : 's'}. Ask ${contact} to extend it.`,
      });
    }
  }
  if (items.length === 0) return null;
  return (
    <section
      aria-labelledby="action-required-heading"
      className="mb-6 rounded-md border border-amber-700 bg-amber-50 p-4 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
    >
      <h2 id="action-required-heading" className="font-semibold">
        Action required
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {items.map((i) => (
          <li key={i.key} data-reason={i.key}>
            {i.text}{' '}
            {i.link ? (
              <Link href={i.link.href} className="underline underline-offset-2">
                {i.link.label}
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
