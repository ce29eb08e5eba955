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

export const linkWhatsapp = clientAction(linkWhatsappSpec);
export const unlinkWhatsapp = clientAction(unlinkWhatsappSpec);
export const saveWaSchedule = clientAction(saveWaScheduleSpec);
export const addWaHoliday = clientAction(addWaHolidaySpec);
export const deleteWaHoliday = clientAction(deleteWaHolidaySpec);
export const addWaHolidayPack = clientAction(addWaHolidayPackSpec);
