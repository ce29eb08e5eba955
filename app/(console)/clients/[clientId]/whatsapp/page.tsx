import { Card } from '@/components/ui/card';
import { LinkWhatsappForm } from '@/components/whatsapp/link-form';
import { WhatsappList } from '@/components/whatsapp/whatsapp-list';
import { clientScope } from '@/lib/scope';
import { linkWhatsapp } from '@/lib/whatsapp/actions';
import { getWhatsappNumbers } from '@/lib/whatsapp/queries';

export const metadata = { title: 'WhatsApp numbers' };

export default async function ClientWhatsappPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId, may, base: root } = await clientScope(params, 'whatsapp:read');
  const numbers = await getWhatsappNumbers(clientId);
  const canEdit = may('whatsapp:write');
  return (
    <section aria-labelledby="wa-heading" className="space-y-6">
      <h2 id="wa-heading" className="text-xl font-semibold">
        WhatsApp numbers ({numbers.length})
      </h2>
      <WhatsappList clientId={clientId} numbers={numbers} canEdit={canEdit} basePath={`${root}/whatsapp`} />
      {canEdit ? (
        <Card>
          <h3 className="mb-4 text-lg font-semibold">Link a WhatsApp number</h3>
          <LinkWhatsappForm clientId={clientId} action={linkWhatsapp} />
        </Card>
      ) : null}
    </section>
  );
}
