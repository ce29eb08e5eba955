import Link from 'next/link';
import { notFound } from 'next/navigation';
import { NumberFlowCard } from '@/components/flows/number-flow-card';
import { HolidayList } from '@/components/schedule/holiday-list';
import { WeeklyScheduleEditor } from '@/components/schedule/weekly-schedule-editor';
import { Card } from '@/components/ui/card';
import { gazettedYears, packYears } from '@/lib/holidays/india';
import { addDidHoliday, addDidHolidayPack, deleteDidHoliday, saveDidSchedule } from '@/lib/numbers/actions';
import { getClientNumbers, getDidSchedule } from '@/lib/numbers/queries';
import { clientScope } from '@/lib/scope';
import { timezoneOptions } from '@/lib/validation';

export const metadata = { title: 'Number schedule' };

export default async function DidSchedulePage({
  params,
  searchParams,
}: {
  params: Promise<{ clientId: string; didId: string }>;
  searchParams: Promise<{ sim_date?: string; sim_time?: string }>;
}) {
  const { clientId, may, base: root } = await clientScope(params, 'numbers:read');
  const { didId } = await params;
  const [numbers, schedule] = await Promise.all([
    getClientNumbers(clientId),
    getDidSchedule(clientId, didId).catch(() => null),
  ]);
  const did = numbers.find((n) => n.didId === didId);
  if (!did || !schedule) notFound();
  const canEdit = may('numbers:write');
  const hidden = { client_id: clientId, did_id: didId };
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`${root}/numbers`} className="text-fg-muted underline underline-offset-2">
          ← This client&apos;s numbers
        </Link>
      </p>
      <h2 className="text-xl font-semibold">
        Schedule of <span className="font-mono">{did.number}</span>
      </h2>
      <Card>
        <h3 className="mb-1 text-lg font-semibold">Opening hours</h3>
        <p className="mb-4 text-sm text-fg-muted">
          When this number is open, in its time zone. A day left unticked is closed all day.
        </p>
        <WeeklyScheduleEditor
          schedule={schedule}
          hidden={hidden}
          action={saveDidSchedule}
          timezones={timezoneOptions()}
          canEdit={canEdit}
        />
      </Card>
      <NumberFlowCard clientId={clientId} didId={didId} canMap={may('flows:write')} sim={await searchParams} />
      <Card>
        <h3 className="mb-4 text-lg font-semibold">Holidays</h3>
        <HolidayList
          holidays={schedule.holidays}
          hidden={hidden}
          addAction={addDidHoliday}
          deleteAction={deleteDidHoliday}
          packAction={addDidHolidayPack}
          years={packYears()}
          gazettedYears={gazettedYears()}
          canEdit={canEdit}
        />
      </Card>
    </div>
  );
}
