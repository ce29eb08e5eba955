import { z } from 'zod';
import { isoDateSchema, timezoneSchema, workingHoursSchema } from '@/lib/validation';
import {
  amount,
  anyId,
  countryCodeSchema,
  didNumberSchema,
  didScheduleOut,
  emptyRequest,
  endpoint,
  holidayOut,
  idSchema,
  optStr,
  textSchema,
} from './common';

const P = '/partnerclients';
const NUMBERS = 'DID Numbers';
const SCHEDULING = 'DID Scheduling';

export const didsEndpoints = {
  did_regions: endpoint({
    name: 'did_regions',
    group: NUMBERS,
    method: 'GET',
    path: `${P}/did_regions`,
    readOnly: true,
    request: emptyRequest,
    response: z.array(z.looseObject({ id: anyId, name: z.string(), country_code: optStr })),
  }),
  search_dids: endpoint({
    name: 'search_dids',
    group: NUMBERS,
    method: 'POST',
    path: `${P}/search_dids`,
    readOnly: true,
    request: z.object({
      client_id: idSchema,
      country_code: countryCodeSchema,
      pattern: z
        .string()
        .trim()
        .regex(/^\d{1,10}$/, { error: 'Search with up to 10 digits' })
        .optional(),
      search_pattern: z.enum(['contains', 'starts_with', 'ends_with']).optional(),
      region: idSchema.optional(),
    }),
    response: z.array(
      z.looseObject({
        number: z.string(),
        region: optStr,
        monthly_cost: amount.optional(),
        setup_cost: amount.optional(),
      }),
    ),
  }),
  buy_did: endpoint({
    name: 'buy_did',
    group: NUMBERS,
    method: 'POST',
    path: `${P}/buy_did`,
    readOnly: false,
    request: z.object({
      client_id: idSchema,
      number: didNumberSchema,
      country: z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z]{2}$/, { error: 'Use a two-letter country code such as IN' }),
    }),
    response: z.looseObject({ did_id: anyId, number: z.string() }),
  }),
  remove_did: endpoint({
    name: 'remove_did',
    group: NUMBERS,
    method: 'POST',
    path: `${P}/remove_did`,
    readOnly: false,
    request: z.object({ client_id: idSchema, did_no: didNumberSchema }),
    response: z.looseObject({ did_no: z.string() }),
  }),
  client_dids: endpoint({
    name: 'client_dids',
    group: NUMBERS,
    method: 'GET',
    path: `${P}/client_dids/{client_id}`,
    readOnly: true,
    request: z.object({ client_id: idSchema }),
    response: z.array(
      z.looseObject({
        did_id: anyId,
        number: z.string(),
        region: optStr,
        status: anyId.optional(),
        flow_id: anyId.nullish(),
        agent_ext: anyId.nullish(),
      }),
    ),
  }),
  get_did_schedule: endpoint({
    name: 'get_did_schedule',
    group: SCHEDULING,
    method: 'POST',
    path: `${P}/get_did_schedule`,
    readOnly: true,
    request: z.object({ client_id: idSchema, did_id: idSchema }),
    response: didScheduleOut.extend({ holidays: z.array(holidayOut).default([]) }),
  }),
  set_did_schedule: endpoint({
    name: 'set_did_schedule',
    group: SCHEDULING,
    method: 'POST',
    path: `${P}/set_did_schedule`,
    readOnly: false,
    request: z.object({
      client_id: idSchema,
      did_id: idSchema,
      timezone: timezoneSchema,
      working_hours: workingHoursSchema.optional(),
    }),
    response: didScheduleOut,
  }),
  add_did_holiday: endpoint({
    name: 'add_did_holiday',
    group: SCHEDULING,
    method: 'POST',
    path: `${P}/add_did_holiday`,
    readOnly: false,
    request: z.object({ client_id: idSchema, did_id: idSchema, name: textSchema(100), date: isoDateSchema }),
    response: holidayOut,
  }),
  delete_did_holiday: endpoint({
    name: 'delete_did_holiday',
    group: SCHEDULING,
    method: 'POST',
    path: `${P}/delete_did_holiday`,
    readOnly: false,
    request: z.object({ client_id: idSchema, holiday_id: idSchema }),
    response: z.looseObject({ holiday_id: anyId }),
  }),
};
