import { BackLink, NotFoundPanel } from '@/components/shell/not-found-panel';

/** Any address the portal does not have (outside an area with its own not-found page). */
export default function NotFound() {
  return (
    <main id="content" className="mx-auto max-w-xl p-6">
      <NotFoundPanel title="Page not found" back={<BackLink href="/">Go to the start page</BackLink>}>
        <p>There is no page at this address. It may have been mistyped, or the link is out of date.</p>
      </NotFoundPanel>
    </main>
  );
}
