import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';

/** Shown (with a 404 status) when the partner API does not know a client id. */
export default function ClientNotFound() {
  return (
    <>
      <PageHeader title="Client not found" />
      <Card>
        <p>There is no client with this id. It may have been mistyped, or the link is out of date.</p>
        <p className="mt-3">
          <Link href="/clients" className="underline underline-offset-2">
            Search the clients list
          </Link>
        </p>
      </Card>
    </>
  );
}
