// Schedules live in lib/schedule; the validation barrel keeps offering their schemas.
export { DAYS, type Day, type WorkingHours } from '@/lib/schedule/days';
export { dayHoursSchema, hhmmSchema, isoDateSchema, timezoneSchema, workingHoursSchema } from '@/lib/schedule/schemas';
export { isValidTimezone, timezoneOptions } from '@/lib/schedule/zones';
export { isValidIsoDate } from '@/lib/time';
