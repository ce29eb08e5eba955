import type { KycSummary } from '@/lib/clients/kyc';

/** KYC as upstream reports it, masked: PAN as "AB•••••34F", Aadhaar as its last 4 digits. */
export function KycSummaryList({ kyc }: { kyc: KycSummary | null }) {
  if (!kyc) return <p className="text-sm text-fg-muted">No KYC details on record for this client.</p>;
  const rows: [string, string][] = [];
  if (kyc.pan) rows.push(['PAN', kyc.pan]);
  if (kyc.nameOnPan) rows.push(['Name on PAN', kyc.nameOnPan]);
  if (kyc.businessType) rows.push(['Business type', kyc.businessType]);
  if (kyc.aadhaarLast4) rows.push(['Aadhaar', `•••• •••• ${kyc.aadhaarLast4}`]);
  if (kyc.gst)
    rows.push([
      'GST',
      kyc.gst.state === 'skipped' ? 'Skipped' : `${kyc.gst.number}${kyc.gst.region ? ` (${kyc.gst.region})` : ''}`,
    ]);
  if (kyc.signed !== null) rows.push(['Agreement signed', kyc.signed ? 'Yes' : 'No']);
  if (kyc.acceptedAt) rows.push(['Accepted', kyc.acceptedAt.slice(0, 10)]);
  return <DetailList rows={rows} />;
}

export function DetailList({ rows }: { rows: [string, React.ReactNode][] }) {
  return (
    <dl className="grid grid-cols-[minmax(0,9rem)_1fr] gap-x-4 gap-y-2 text-sm">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-fg-muted">{k}</dt>
          <dd className="min-w-0 break-words">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
