import { BackLink, NotFoundPanel } from '@/components/shell/not-found-panel';

/** An unknown (or already finished) registration draft. */
export default function DraftNotFound() {
  return (
    <NotFoundPanel
      title="Registration draft not found"
      back={<BackLink href="/onboarding">Back to pending registrations</BackLink>}
    >
      <p>
        There is no registration draft with this id. It may have been completed or abandoned, or the link is out of
        date.
      </p>
    </NotFoundPanel>
  );
}
