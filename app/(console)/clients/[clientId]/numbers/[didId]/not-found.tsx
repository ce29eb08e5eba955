import { ClientBackLink } from '@/components/shell/client-back-link';
import { NotFoundPanel } from '@/components/shell/not-found-panel';

/** An unknown DID of a known client: the client's page (h1) stays, this names the number. */
export default function NumberNotFound() {
  return (
    <NotFoundPanel
      title="Number not found"
      level={2}
      back={<ClientBackLink area="numbers">Back to this client&apos;s numbers</ClientBackLink>}
    >
      <p>This client has no number with this id. It may have been removed, or the link is out of date.</p>
    </NotFoundPanel>
  );
}
