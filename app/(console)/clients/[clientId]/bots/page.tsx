import { BotForm } from '@/components/bots/bot-form';
import { BotList } from '@/components/bots/bot-list';
import { Card } from '@/components/ui/card';
import { saveBot } from '@/lib/bots/actions';
import { getBots } from '@/lib/bots/queries';
import { getBotUsage } from '@/lib/flows/queries';
import { clientScope } from '@/lib/scope';

export const metadata = { title: 'Voice bots' };

export default async function ClientBotsPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId, may, base: root } = await clientScope(params, 'bots:read');
  const [bots, usage] = await Promise.all([getBots(clientId), getBotUsage(clientId)]);
  const canEdit = may('bots:write');
  return (
    <section aria-labelledby="bots-heading" className="space-y-6">
      <h2 id="bots-heading" className="text-xl font-semibold">
        Voice bots ({bots.length})
      </h2>
      <BotList clientId={clientId} bots={bots} usage={usage} canEdit={canEdit} basePath={`${root}/bots`} />
      {canEdit ? (
        <Card>
          <h3 className="mb-4 text-lg font-semibold">Create a voice bot</h3>
          <BotForm clientId={clientId} action={saveBot} />
        </Card>
      ) : null}
    </section>
  );
}
