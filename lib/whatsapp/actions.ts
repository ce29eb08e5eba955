'use server';

import { clientAction } from '@/lib/action';
import {
  addWaHolidayPackSpec,
  addWaHolidaySpec,
  deleteWaHolidaySpec,
  linkWhatsappSpec,
  saveWaScheduleSpec,
  unlinkWhatsappSpec,
} from './action-specs';

// Each is defineAction with a required client scope (clientAction): permission, client scope,
// zod and audit; the specs live in action-specs.ts so their authorization is unit-tested.
export const linkWhatsapp = clientAction(linkWhatsappSpec);
export const unlinkWhatsapp = clientAction(unlinkWhatsappSpec);
export const saveWaSchedule = clientAction(saveWaScheduleSpec);
export const addWaHoliday = clientAction(addWaHolidaySpec);
export const deleteWaHoliday = clientAction(deleteWaHolidaySpec);
export const addWaHolidayPack = clientAction(addWaHolidayPackSpec);
