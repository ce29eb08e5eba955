import { z } from 'zod';
import { isoDateSchema, isValidIsoDate, moneySchema } from '@/lib/validation';
import {
  amount,
  anyId,
  count,
  dateTimeSchema,
  didNumberSchema,
  endpoint,
  idSchema,
  optionalDigitsSchema,
  optStr,
} from './common';

const GROUP = 'Wallet & Credits';
const P = '/partnerclients';

export const walletEndpoints = {
  wallet_transactions: endpoint({
    name: 'wallet_transactions',
    group: GROUP,
    method: 'POST',
    path: `${P}/wallet_transactions`,
    readOnly: true,
    request: z
      .object({
        client_id: idSchema,
        page: optionalDigitsSchema,
        limit: optionalDigitsSchema,
        expense_type: z.string().trim().max(40).optional(),
        start_date: isoDateSchema.optional(),
        end_date: isoDateSchema.optional(),
        did: didNumberSchema.optional(),
      })
      .refine(
        ({ start_date: from, end_date: to }) =>
          !from || !to || !isValidIsoDate(from) || !isValidIsoDate(to) || from <= to,
        {
          error: 'The end date must be on or after the start date',
          path: ['end_date'],
        },
      ),
    response: z.looseObject({
      items: z.array(
        z.looseObject({
          id: anyId,
          created_at: z.string(),
          type: z.enum(['credit', 'debit']),
          expense_type: optStr,
          amount,
          balance_after: amount.nullish(),
          did: optStr,
          description: optStr,
        }),
      ),
      page: count,
      limit: count,
      total: count,
    }),
  }),
  wallet_balance: endpoint({
    name: 'wallet_balance',
    group: GROUP,
    method: 'POST',
    path: `${P}/wallet_balance`,
    readOnly: true,
    request: z.object({ client_id: idSchema }),
    response: z.looseObject({ balance: amount, currency: z.string().default('INR'), valid_till: optStr }),
  }),
  add_client_credits: endpoint({
    name: 'add_client_credits',
    group: GROUP,
    method: 'POST',
    path: `${P}/add_client_credits`,
    // Costs money: never retried by the client; lib/wallet owns idempotency and reconciliation.
    readOnly: false,
    request: z.object({
      client_id: idSchema,
      valid_till: dateTimeSchema.optional(),
      credit: moneySchema.optional(),
    }),
    // No transaction when only valid_till is sent (extending validity): transaction_id is null.
    response: z.looseObject({ balance: amount, valid_till: optStr, transaction_id: anyId.nullish() }),
  }),
};
