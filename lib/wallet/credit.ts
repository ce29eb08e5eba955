import 'server-only';
import { toPaise } from '@/lib/clients/list';
import type { DB } from '@/lib/db';
import { UserError } from '@/lib/errors';
import { type Reconciled, reconcileOpenAttempts, runOnce, type StoredFailure } from '@/lib/idempotency';
import { isPartnerApiError, type PartnerClient } from '@/lib/partner-api';
import { matchCredit } from './reconcile';

/**
 * Adding credits exactly once (DESIGN rule 4), as buying a number does (lib/numbers/purchase.ts):
 * the key comes from the confirmation the user saw; lib/idempotency records the attempt before
 * add_client_credits is called and answers repeats with the first outcome; after a timeout the
 * attempt is reconciled against wallet_transactions (rule in ./reconcile.ts) before another
 * attempt for the client may start.
 */
export const CREDIT_ACTION = 'wallet.add-credits';

/** The key is part of the input so that reconciliation can find when its attempt started. */
export type CreditInput = { client_id: string; credit: string; valid_till?: string; key: string };
export type Credited = {
  transactionId: string;
  creditedPaise: number;
  balancePaise: number | null;
  validTill: string | null;
};
export type CreditResult =
  | ({ state: 'succeeded'; replay: boolean } & Credited)
  | { state: 'pending'; creditedPaise: number; inProgress: boolean };

type Deps = { db: DB; api: PartnerClient };

const RECONCILE_PAGE = 100;

async function reconcile({ db, api }: Deps, input: CreditInput): Promise<Reconciled<Credited>> {
  const attempt = await db
    .selectFrom('idempotency')
    .select('created_at')
    .where('key', '=', input.key)
    .executeTakeFirst();
  if (!attempt) return null;
  const startedAtMs = Date.parse(attempt.created_at);
  // Upstream filters by whole UTC days: start the day before, in case the skew crosses midnight.
  const startDate = new Date(startedAtMs - 86_400_000).toISOString().slice(0, 10);
  const [txns, settled] = await Promise.all([
    api.call('wallet_transactions', {
      client_id: input.client_id,
      expense_type: 'recharge',
      start_date: startDate,
      limit: String(RECONCILE_PAGE),
    }),
    db
      .selectFrom('idempotency')
      .select('result')
      .where('action', '=', CREDIT_ACTION)
      .where('client_id', '=', input.client_id)
      .where('status', '=', 'succeeded')
      .where('key', '!=', input.key)
      .where('updated_at', '>=', new Date(startedAtMs - 86_400_000).toISOString())
      .execute(),
  ]);
  const claimed = new Set(
    settled.map((r) => (JSON.parse(r.result ?? '{}') as { value?: Credited }).value?.transactionId).filter(Boolean),
  ) as Set<string>;
  const creditedPaise = toPaise(input.credit);
  const hit = matchCredit(txns.items, { amountPaise: creditedPaise, startedAtMs, claimed });
  if (hit) {
    return {
      happened: true,
      value: {
        transactionId: String(hit.id),
        creditedPaise,
        balancePaise: hit.balance_after == null ? null : toPaise(hit.balance_after),
        validTill: input.valid_till ?? null,
      },
    };
  }
  // More recharges than one page since the attempt: the credit may be on a later page; decide later.
  if (txns.total > txns.items.length) return null;
  return { happened: false };
}

function describeFailure(err: unknown): StoredFailure | null {
  if (err instanceof UserError) return { message: err.message, fieldErrors: err.fieldErrors };
  if (!isPartnerApiError(err)) return null;
  const fe = err.fieldErrors;
  // Upstream names the amount "credit"; the form calls it "amount".
  const fieldErrors = fe.credit ? { ...fe, amount: fe.credit } : fe;
  return { message: err.userMessage, fieldErrors: Object.keys(fieldErrors).length ? fieldErrors : undefined };
}

const isOutcomeUnknown = (err: unknown) => {
  if (isPartnerApiError(err)) return err.outcomeUnknown || err.kind === 'malformed';
  return !(err instanceof UserError);
};

export const STILL_OPEN =
  'An earlier credit for this client is still unconfirmed (the provider did not answer). The portal checks it before allowing another: try again in a minute.';

export async function addCredits(
  deps: Deps,
  req: { clientId: string; amount: string; validTill?: string; key: string; userId: string },
): Promise<CreditResult> {
  const { db, api } = deps;
  const input: CreditInput = {
    client_id: req.clientId,
    credit: req.amount,
    // A validity date is good to the end of that day.
    valid_till: req.validTill ? `${req.validTill} 23:59:59` : undefined,
    key: req.key,
  };

  const known = await db.selectFrom('idempotency').select('key').where('key', '=', req.key).executeTakeFirst();
  if (!known) {
    const open = await reconcileOpenAttempts<CreditInput, Credited>(db, {
      action: CREDIT_ACTION,
      clientId: req.clientId,
      reconcile: (i) => reconcile(deps, i),
    });
    if (open > 0) throw new UserError(STILL_OPEN);
  }

  const outcome = await runOnce<CreditInput, Credited>(db, {
    key: req.key,
    action: CREDIT_ACTION,
    userId: req.userId,
    clientId: req.clientId,
    input,
    execute: async (i) => {
      const r = await api.call('add_client_credits', {
        client_id: i.client_id,
        credit: i.credit,
        valid_till: i.valid_till,
      });
      return {
        transactionId: String(r.transaction_id),
        creditedPaise: toPaise(i.credit),
        balancePaise: toPaise(r.balance),
        validTill: r.valid_till ?? null,
      };
    },
    reconcile: (i) => reconcile(deps, i),
    isOutcomeUnknown,
    describeFailure,
  });
  if (outcome.state === 'failed') throw new UserError(outcome.failure.message, outcome.failure.fieldErrors);
  if (outcome.state === 'pending') {
    return { state: 'pending', creditedPaise: toPaise(input.credit), inProgress: outcome.inProgress };
  }
  return { state: 'succeeded', replay: outcome.replay, ...outcome.value };
}
