import Link from 'next/link';
import { notFound } from 'next/navigation';
import { HandoffPanel } from '@/components/pending/handoff-panel';
import { BrandMark } from '@/components/shell/brand-mark';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireStaff } from '@/lib/auth/session';
import { getBrand } from '@/lib/brand/queries';
import { getDraft } from '@/lib/onboarding/drafts';

export const metadata = { title: 'Hand off' };

export default async function HandoffPage({ params }: { params: Promise<{ draftId: string }> }) {
  await requireStaff('onboarding:write');
  const { draftId } = await params;
  const [draft, brand] = await Promise.all([getDraft(draftId), getBrand()]);
  if (!draft) notFound();
  const who = draft.name ?? draft.email ?? 'the client';
  return (
    <>
      <PageHeader
        title="Hand off to the client"
        description={`${who} finishes the remaining steps (OTPs, Aadhaar, signature) on their own phone, under your brand.`}
      />
      <div className="space-y-6">
        <Card>
          <dl className="grid gap-2 text-sm sm:grid-cols-[10rem_1fr]">
            <dt className="text-fg-muted">Registration</dt>
            <dd>{who}</dd>
            {draft.email ? (
              <>
                <dt className="text-fg-muted">Email</dt>
                <dd className="break-all">{draft.email}</dd>
              </>
            ) : null}
            {draft.mobile ? (
              <>
                <dt className="text-fg-muted">Mobile</dt>
                <dd>{draft.mobile}</dd>
              </>
            ) : null}
            <dt className="text-fg-muted">The client sees</dt>
            <dd className="flex items-center gap-2">
              <BrandMark brand={brand} size={24} />
              <span>{brand.name}</span>
            </dd>
          </dl>
        </Card>
        <Card>
          {draft.client_id ? (
            <p role="status">
              This registration is complete: client {draft.client_id}. There is nothing left to hand off.
            </p>
          ) : (
            <HandoffPanel draftId={draft.id} />
          )}
        </Card>
        <p className="flex flex-wrap gap-4 text-sm">
          <Link className="underline underline-offset-4" href={`/onboarding/${draft.id}`}>
            Continue here instead
          </Link>
          <Link className="underline underline-offset-4" href="/onboarding">
            Back to pending registrations
          </Link>
        </p>
      </div>
    </>
  );
}
