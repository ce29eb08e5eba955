import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BotForm } from '@/components/bots/bot-form';
import { Card } from '@/components/ui/card';
import { saveBot } from '@/lib/bots/actions';
import { getBot } from '@/lib/bots/queries';
import { clientScope } from '@/lib/scope';

export const metadata = { title: 'Edit voice bot' };

export default async function EditBotPage({ params }: { params: Promise<{ clientId: string; botId: string }> }) {
  const { clientId, base: root } = await clientScope(params, 'bots:write');
  const { botId } = await params;
  const bot = await getBot(clientId, botId);
  if (!bot) notFound();
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`${root}/bots`} className="text-fg-muted underline underline-offset-2">
          ← This client&apos;s voice bots
        </Link>
      </p>
      <h2 className="text-xl font-semibold">Edit “{bot.name}”</h2>
      <Card>
        <BotForm clientId={clientId} bot={bot} action={saveBot} />
      </Card>
    </div>
  );
}
