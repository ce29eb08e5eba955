import 'server-only';
import { zodFieldErrors } from '@/lib/action-core';
import { newIdempotencyKey } from '@/lib/idempotency';
import { formatRupees, toPaise } from '@/lib/money';
import { overCeiling } from './credit';
import type { WalletBalance } from './queries';
import { creditRequestSchema, idempotencyKeySchema, validityOnlySchema } from './schemas';

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** What the confirmation shows: the request, and the balance and validity it leads to. */
export type CreditOffer = {
  /** Null: extend validity only. */
  amount: string | null;
  validTill: string | null;
  amountText: string;
  balanceText: string;
  afterText: string;
  validityText: string;
};

export type TopUpMode = 'credit' | 'validity';

export type OfferState = {
  mode: TopUpMode;
  /** The form's values as typed, kept after a refused review. */
  amount?: string;
  validTill?: string;
  errors: Record<string, string[]>;
  /** The request is valid but has no key yet: mint one and put it in the URL. */
  needsKey: { amount?: string; valid_till?: string; topup?: string; key: string } | null;
  key: string | null;
  request: { amount: string | null; validTill: string | null } | null;
};

/**
 * Reads a top-up request from the URL (`?amount=…&valid_till=…`, or `?topup=validity&valid_till=…`
 * for "extend validity only"). Its idempotency key is minted when the confirmation first opens
 * and kept in the URL, so a reload or a second tab carries the same one. Used by the client's
 * wallet and by the billing overview's one-click top-up: one dialog, one exactly-once path.
 */
export function readTopUp(sp: Params, ceilingPaise: number, mayCredit: boolean): OfferState {
  const mode: TopUpMode = one(sp.topup) === 'validity' ? 'validity' : 'credit';
  const amount = one(sp.amount);
  const validTill = one(sp.valid_till);
  const empty: OfferState = { mode, amount, validTill, errors: {}, needsKey: null, key: null, request: null };
  const asked = mayCredit && (amount !== undefined || mode === 'validity');
  if (!asked) return empty;

  let request: OfferState['request'] = null;
  if (mode === 'validity') {
    const r = validityOnlySchema.safeParse({ valid_till: validTill });
    if (!r.success) return { ...empty, errors: zodFieldErrors(r.error) };
    request = { amount: null, validTill: r.data.valid_till };
  } else {
    const r = creditRequestSchema.safeParse({ amount, valid_till: validTill });
    if (!r.success) return { ...empty, errors: zodFieldErrors(r.error) };
    if (r.data.amount !== undefined && toPaise(r.data.amount) > ceilingPaise) {
      return { ...empty, errors: { amount: [overCeiling(ceilingPaise)] } };
    }
    request = { amount: r.data.amount ?? null, validTill: r.data.valid_till ?? null };
  }
  const key = one(sp.key);
  if (!idempotencyKeySchema.safeParse(key).success) {
    return {
      ...empty,
      request,
      needsKey: {
        amount: request.amount ?? undefined,
        valid_till: request.validTill ?? undefined,
        topup: mode === 'validity' ? 'validity' : undefined,
        key: newIdempotencyKey(),
      },
    };
  }
  return { ...empty, request, key: key as string };
}

const day = (v: string | null) => v?.slice(0, 10) ?? 'not set';

export function buildOffer(request: NonNullable<OfferState['request']>, wallet: WalletBalance): CreditOffer {
  const amountPaise = request.amount === null ? 0 : toPaise(request.amount);
  return {
    amount: request.amount,
    validTill: request.validTill,
    amountText: request.amount === null ? 'No credit (validity only)' : formatRupees(amountPaise),
    balanceText: formatRupees(wallet.balancePaise),
    afterText: formatRupees(wallet.balancePaise + amountPaise),
    validityText: request.validTill
      ? `Until ${request.validTill} (now ${day(wallet.validTill)})`
      : `Unchanged (${day(wallet.validTill)})`,
  };
}
