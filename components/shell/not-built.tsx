import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';

/** An honest placeholder: the area exists in the navigation but is not built yet. */
export function NotBuiltYet({ title, plan }: { title: string; plan: string }) {
  return (
    <>
      <PageHeader title={title} />
      <Card>
        <p className="font-medium">This area is not built yet.</p>
        <p className="mt-2 text-sm text-fg-muted">{plan}</p>
      </Card>
    </>
  );
}
