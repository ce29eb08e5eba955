'use server';

import { z } from 'zod';
import { staffAction } from '@/lib/action';
import { ENDPOINT_NAMES } from '@/lib/partner-api/endpoints';
import { runExplorerCall, testConnection } from './run';

const explorerSchema = z.object({
  endpoint: z.enum(ENDPOINT_NAMES as [string, ...string[]], { error: 'Choose an endpoint.' }),
  params: z.record(z.string(), z.string().max(10_000, 'Use at most 10,000 characters.')).default({}),
  confirm: z.string().max(100).optional(),
});

/**
 * Settings → API → Explorer: one partner call with the owner's input, audited like every
 * action (the input redacted: passwords, OTPs and tokens never reach the audit row).
 */
export const callPartnerEndpoint = staffAction({
  name: 'api.explorer-call',
  permission: 'api:manage',
  schema: explorerSchema,
  clientId: (input) => input.params.client_id ?? null,
  run: async (input) => runExplorerCall(input.endpoint, input.params, input.confirm),
});

export const testPartnerConnection = staffAction({
  name: 'api.test-connection',
  permission: 'api:manage',
  schema: z.object({}),
  run: async () => testConnection(),
});
