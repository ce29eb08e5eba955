'use server';

import { defineAction } from '@/lib/action';
import {
  addDidHolidayPackSpec,
  addDidHolidaySpec,
  buyNumberSpec,
  deleteDidHolidaySpec,
  removeNumberSpec,
  saveDidScheduleSpec,
} from './action-specs';

export const buyNumber = defineAction(buyNumberSpec);
export const removeNumber = defineAction(removeNumberSpec);
export const saveDidSchedule = defineAction(saveDidScheduleSpec);
export const addDidHoliday = defineAction(addDidHolidaySpec);
export const deleteDidHoliday = defineAction(deleteDidHolidaySpec);
export const addDidHolidayPack = defineAction(addDidHolidayPackSpec);
