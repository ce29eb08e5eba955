import Link from 'next/link';
import { notFound } from 'next/navigation';
import { WhatsappSchedule } from '@/components/whatsapp/whatsapp-schedule';
import { clientScope } from '@/lib/scope';
import { getWaSchedule, getWhatsappNumbers } from '@/lib/whatsapp/queries';

export const metadata = { title: 'WhatsApp schedule' };

export default async function WaSchedulePage({ params }: { params: Promise<{ clientId: string; waDidId: string }> }) {
  const { clientId, may, base: root } = await clientScope(params, 'whatsapp:read');
  const { waDidId } = await params;
  const [numbers, schedule] = await Promise.all([
    getWhatsappNumbers(clientId),
    getWaSchedule(clientId, waDidId).catch(() => null),
  ]);
  const wa = numbers.find((n) => n.waDidId === waDidId);
  if (!wa || !schedule) notFound();
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`${root}/whatsapp`} className="text-fg-muted underline underline-offset-2">
          ← This client&apos;s WhatsApp numbers
        </Link>
      </p>
      <h2 className="text-xl font-semibold">
        Schedule of <span className="font-mono">{wa.displayNumber ?? wa.phoneNumberId}</span>
      </h2>
      <WhatsappSchedule clientId={clientId} schedule={schedule} canEdit={may('whatsapp:write')} />
    </div>
  );
}
