import { HolidayList } from '@/components/schedule/holiday-list';
import { WeeklyScheduleEditor } from '@/components/schedule/weekly-schedule-editor';
import { Card } from '@/components/ui/card';
import { gazettedYears, packYears } from '@/lib/holidays/india';
import { timezoneOptions } from '@/lib/validation';
import { addWaHoliday, addWaHolidayPack, deleteWaHoliday, saveWaSchedule } from '@/lib/whatsapp/actions';
import type { WaSchedule } from '@/lib/whatsapp/queries';

/** A WhatsApp number's opening hours and holidays, on the shared schedule editor. */
export function WhatsappSchedule({
  clientId,
  schedule,
  canEdit,
}: {
  clientId: string;
  schedule: WaSchedule;
  canEdit: boolean;
}) {
  const hidden = { client_id: clientId, wa_did_id: schedule.waDidId };
  return (
    <>
      <Card>
        <h3 className="mb-1 text-lg font-semibold">Opening hours</h3>
        <p className="mb-4 text-sm text-fg-muted">
          When messages to this number are answered, in its time zone. A day left unticked is closed all day.
        </p>
        <WeeklyScheduleEditor
          schedule={schedule}
          hidden={hidden}
          action={saveWaSchedule}
          timezones={timezoneOptions()}
          canEdit={canEdit}
        />
      </Card>
      <Card>
        <h3 className="mb-4 text-lg font-semibold">Holidays</h3>
        <HolidayList
          holidays={schedule.holidays}
          hidden={hidden}
          addAction={addWaHoliday}
          deleteAction={deleteWaHoliday}
          packAction={addWaHolidayPack}
          years={packYears()}
          gazettedYears={gazettedYears()}
          canEdit={canEdit}
        />
      </Card>
    </>
  );
}
