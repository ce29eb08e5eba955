import 'server-only';
import type { DB } from '@/lib/db';
import { UserError } from '@/lib/errors';
import { type Reconciled, reconcileOpenAttempts, runOnce, type StoredFailure } from '@/lib/idempotency';
import { formatRupees, toPaise } from '@/lib/money';
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
export type CreditInput = { client_id: string; credit?: string; valid_till?: string; key: string };
export type Credited = {
  /** Null when only the validity was extended (upstream records no transaction). */
  transactionId: string | null;
  creditedPaise: number;
  balancePaise: number | null;
  validTill: string | null;
};
export type CreditResult =
  | ({ state: 'succeeded'; replay: boolean } & Credited)
  | { state: 'pending'; creditedPaise: number; inProgress: boolean };

const creditPaise = (i: CreditInput) => (i.credit === undefined ? 0 : toPaise(i.credit));

type Deps = { db: DB; api: PartnerClient };

const RECONCILE_PAGE = 100;

/**
 * Extending validity alone leaves no transaction: it happened when upstream now holds the
 * date asked for. (Repeating it would be harmless, but the attempt is still settled once.)
 */
async function reconcileValidity({ api }: Deps, input: CreditInput): Promise<Reconciled<Credited>> {
  const w = await api.call('wallet_balance', { client_id: input.client_id });
  if (!w.valid_till || w.valid_till.slice(0, 10) !== input.valid_till?.slice(0, 10)) return { happened: false };
  return {
    happened: true,
    value: { transactionId: null, creditedPaise: 0, balancePaise: toPaise(w.balance), validTill: w.valid_till },
  };
}

async function reconcile(deps: Deps, input: CreditInput): Promise<Reconciled<Credited>> {
  if (input.credit === undefined) return reconcileValidity(deps, input);
  const { db, api } = deps;
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
  const creditedPaise = creditPaise(input);
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

export const overCeiling = (ceilingPaise: number) =>
  `A single top-up can be at most ${formatRupees(ceilingPaise)} (Settings → Billing).`;

export async function addCredits(
  deps: Deps,
  req: {
    clientId: string;
    /** Absent: extend the validity only. */
    amount?: string;
    validTill?: string;
    key: string;
    userId: string;
    /** The portal's largest single top-up; checked for new attempts only (a replay shows its result). */
    ceilingPaise?: number;
  },
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
    if (req.ceilingPaise !== undefined && creditPaise(input) > req.ceilingPaise) {
      throw new UserError(overCeiling(req.ceilingPaise), { amount: [overCeiling(req.ceilingPaise)] });
    }
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
        transactionId: r.transaction_id == null ? null : String(r.transaction_id),
        creditedPaise: creditPaise(i),
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
    return { state: 'pending', creditedPaise: creditPaise(input), inProgress: outcome.inProgress };
  }
  return { state: 'succeeded', replay: outcome.replay, ...outcome.value };
}
