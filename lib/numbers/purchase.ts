import 'server-only';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { DB } from '@/lib/db';
import { UserError } from '@/lib/errors';
import { type Reconciled, reconcileOpenAttempts, runOnce, type StoredFailure } from '@/lib/idempotency';
import { toPaise } from '@/lib/money';
import { isPartnerApiError, type PartnerClient } from '@/lib/partner-api';

/**
 * Buying a number exactly once (DESIGN rule 4). The key comes from the confirmation the
 * user saw; lib/idempotency records the attempt before buy_did is called, answers repeats
 * with the first outcome and, after a timeout, reconciles against client_dids and the
 * wallet's transactions before anyone may try again.
 */
export const BUY_ACTION = 'numbers.buy';

export type PurchaseInput = { client_id: string; number: string; country: string };
export type Purchased = { didId: string; number: string; chargedPaise: number | null };
export type PurchaseResult =
  | ({ state: 'succeeded'; replay: boolean } & Purchased)
  | { state: 'pending'; number: string; inProgress: boolean };

type Deps = { db: DB; api: PartnerClient };

export function countryOf(number: string): string {
  // libphonenumber knows the country of a +91 number even when the range is unusual.
  return parsePhoneNumberFromString(number)?.country ?? (number.startsWith('+91') ? 'IN' : '');
}

const digits10 = (n: string) => n.replace(/\D/g, '').slice(-10);

async function findOwned(api: PartnerClient, input: PurchaseInput): Promise<Purchased | null> {
  const dids = await api.call('client_dids', { client_id: input.client_id });
  const did = dids.find((d) => digits10(d.number) === digits10(input.number));
  if (!did) return null;
  const txns = await api.call('wallet_transactions', {
    client_id: input.client_id,
    did: did.number,
    expense_type: 'did_setup',
    limit: '5',
  });
  const debit = txns.items.find((t) => t.type === 'debit');
  return { didId: did.did_id, number: did.number, chargedPaise: debit ? toPaise(debit.amount) : null };
}

async function reconcile(api: PartnerClient, input: PurchaseInput): Promise<Reconciled<Purchased>> {
  const owned = await findOwned(api, input);
  return owned ? { happened: true, value: owned } : { happened: false };
}

export const SOLD_MEANWHILE = 'This number was sold meanwhile. The results have been refreshed: choose another number.';

async function describeFailure(api: PartnerClient, input: PurchaseInput, err: unknown): Promise<StoredFailure | null> {
  if (err instanceof UserError) return { message: err.message, fieldErrors: err.fieldErrors };
  if (!isPartnerApiError(err)) {
    const m = err as { userMessage?: unknown; fieldErrors?: Record<string, string[]> };
    return typeof m?.userMessage === 'string' ? { message: m.userMessage, fieldErrors: m.fieldErrors } : null;
  }
  if (err.status === 402) {
    const message = `The wallet balance is too low for this number's setup cost. Add credits, then try again.`;
    return { message, fieldErrors: { balance: [err.upstreamMessage || message] } };
  }
  if (err.status === 409 || err.status === 404) {
    // Another tab (with another key) may have bought it for this very client.
    const owned = await findOwned(api, input).catch(() => null);
    const message = owned
      ? `${owned.number} already belongs to this client (bought moments ago, perhaps in another tab). Nothing more was charged.`
      : SOLD_MEANWHILE;
    return { message, fieldErrors: { number: [message] } };
  }
  return { message: err.userMessage, fieldErrors: Object.keys(err.fieldErrors).length ? err.fieldErrors : undefined };
}

const isOutcomeUnknown = (err: unknown) => {
  if (isPartnerApiError(err)) return err.outcomeUnknown || err.kind === 'malformed';
  // A known refusal did nothing upstream; anything unexpected may have happened after the call.
  return !(err instanceof UserError) && !(err && typeof err === 'object' && 'userMessage' in err);
};

export const STILL_OPEN =
  'An earlier purchase for this client is still unconfirmed (the provider did not answer). The portal checks it before allowing another: try again in a minute.';

export async function purchaseNumber(
  { db, api }: Deps,
  req: { clientId: string; number: string; key: string; userId: string },
): Promise<PurchaseResult> {
  const country = countryOf(req.number);
  if (!country) throw new UserError('This number is not in international format.', { number: ['Use +91…'] });
  const input: PurchaseInput = { client_id: req.clientId, number: req.number, country };

  const known = await db.selectFrom('idempotency').select('key').where('key', '=', req.key).executeTakeFirst();
  if (!known) {
    const open = await reconcileOpenAttempts<PurchaseInput, Purchased>(db, {
      action: BUY_ACTION,
      clientId: req.clientId,
      reconcile: (i) => reconcile(api, i),
    });
    if (open > 0) throw new UserError(STILL_OPEN);
  }

  const outcome = await runOnce<PurchaseInput, Purchased>(db, {
    key: req.key,
    action: BUY_ACTION,
    userId: req.userId,
    clientId: req.clientId,
    input,
    execute: async (i) => {
      const r = await api.call('buy_did', i);
      return { didId: r.did_id, number: r.number, chargedPaise: null };
    },
    reconcile: (i) => reconcile(api, i),
    isOutcomeUnknown,
    describeFailure: (err) => describeFailure(api, input, err),
  });
  if (outcome.state === 'failed') throw new UserError(outcome.failure.message, outcome.failure.fieldErrors);
  if (outcome.state === 'pending') return { state: 'pending', number: input.number, inProgress: outcome.inProgress };
  return { state: 'succeeded', replay: outcome.replay, ...outcome.value };
}
