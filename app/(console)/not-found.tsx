import { BackLink, NotFoundPanel } from '@/components/shell/not-found-panel';

/** A page of the console that does not exist (inside the console's shell). */
export default function ConsoleNotFound() {
  return (
    <NotFoundPanel title="Page not found" back={<BackLink href="/dashboard">Go to the dashboard</BackLink>}>
      <p>There is no page at this address. It may have been mistyped, or the link is out of date.</p>
    </NotFoundPanel>
  );
}
