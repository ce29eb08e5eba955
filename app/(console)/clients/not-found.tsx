import { BackLink, NotFoundPanel } from '@/components/shell/not-found-panel';

/** Shown (with a 404 status) when the partner API does not know a client id. */
export default function ClientNotFound() {
  return (
    <NotFoundPanel title="Client not found" back={<BackLink href="/clients">Search the clients list</BackLink>}>
      <p>There is no client with this id. It may have been mistyped, or the link is out of date.</p>
    </NotFoundPanel>
  );
}
