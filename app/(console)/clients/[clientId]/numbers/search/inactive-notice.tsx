import Link from 'next/link';

/**
 * Why buying is off for this client. The provider refuses every change for an inactive client
 * (403), so the page says so before anyone tries, and links to where the status is changed.
 */
export function InactiveNotice({ clientId, mayReactivate }: { clientId: string; mayReactivate: boolean }) {
  return (
    <div
      role="status"
      className="rounded-md border border-amber-700 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
    >
      <p className="font-semibold">This client is inactive, so it cannot buy numbers.</p>
      <p className="mt-1">
        The telephony provider refuses changes for an inactive client. You can still search and see prices.{' '}
        {mayReactivate ? (
          <Link
            href={`/clients/${encodeURIComponent(clientId)}#status`}
            className="font-medium underline underline-offset-2"
          >
            Reactivate the client
          </Link>
        ) : (
          'Ask an owner, admin or operations user to reactivate it.'
        )}
      </p>
    </div>
  );
}
