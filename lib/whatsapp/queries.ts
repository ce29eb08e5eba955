import 'server-only';
import { cache } from 'react';
import { isPartnerApiError, partnerApi } from '@/lib/partner-api';
import { cleanWorkingHours, type ScheduleValue } from '@/lib/schedule/form';

/** A linked WhatsApp number. Upstream never returns the access token; neither does this. */
export type WhatsappNumber = {
  waDidId: string;
  phoneNumberId: string;
  displayNumber: string | null;
  verifiedName: string | null;
  status: string;
};

export type WaSchedule = ScheduleValue & { waDidId: string; holidays: { id: string; name: string; date: string }[] };

export const getWhatsappNumbers = cache(async (clientId: string): Promise<WhatsappNumber[]> => {
  const rows = await partnerApi()
    .call('get_whatsapp_dids', { client_id: clientId })
    .catch((e: unknown) => {
      if (isPartnerApiError(e) && e.status === 404) return [];
      throw e;
    });
  return rows.map((r) => ({
    waDidId: r.wa_did_id,
    phoneNumberId: r.phone_number_id,
    displayNumber: r.display_number ?? null,
    verifiedName: r.verified_name ?? null,
    status: r.status ?? 'unknown',
  }));
});

export const getWaSchedule = cache(async (clientId: string, waDidId: string): Promise<WaSchedule> => {
  const s = await partnerApi().call('get_whatsapp_schedule', { client_id: clientId, wa_did_id: waDidId });
  return {
    waDidId: s.wa_did_id,
    timezone: s.timezone,
    working_hours: cleanWorkingHours(s.working_hours),
    holidays: s.holidays
      .map((h) => ({ id: h.holiday_id, name: h.name, date: h.date }))
      .sort((a, b) => a.date.localeCompare(b.date)),
  };
});
