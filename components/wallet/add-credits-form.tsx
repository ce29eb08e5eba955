import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { TextField } from '@/components/ui/field';
import type { TopUpMode } from '@/lib/wallet/offer';

/**
 * Step one of a top-up: a GET form, so the request lands in the URL and the page opens the
 * confirmation (with its idempotency key) from there. Two first-class choices: add credits
 * (optionally with a new validity date) or extend validity only. Errors come back from the page.
 */
export function AddCreditsForm({
  action,
  mode,
  amount,
  validTill,
  errors,
  ceilingText,
}: {
  action: string;
  mode: TopUpMode;
  amount?: string;
  validTill?: string;
  errors: Record<string, string[]>;
  ceilingText: string;
}) {
  const today = new Date().toISOString().slice(0, 10);
  return (
    <Card>
      <form method="get" action={action} aria-labelledby="add-credits-heading" className="space-y-3">
        <h2 id="add-credits-heading" className="text-lg font-semibold">
          Add credits
        </h2>
        <fieldset className="flex flex-wrap gap-x-6 gap-y-2">
          <legend className="mb-1 text-sm font-medium">What to do</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="topup" value="credit" defaultChecked={mode === 'credit'} />
            Add credits (and optionally extend validity)
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="topup" value="validity" defaultChecked={mode === 'validity'} />
            Extend validity only
          </label>
        </fieldset>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            name="amount"
            label="Amount (₹)"
            inputMode="decimal"
            autoComplete="off"
            defaultValue={amount}
            errors={errors.amount}
            hint={`Rupees, up to two decimals, e.g. 500 or 500.50; at most ${ceilingText} at a time. Not used when extending validity only.`}
          />
          <TextField
            name="valid_till"
            label="New validity date"
            type="date"
            min={today}
            defaultValue={validTill}
            errors={errors.valid_till}
            hint="Required to extend validity only; otherwise leave empty to keep the current validity"
          />
        </div>
        <button type="submit" className={buttonClass('primary')}>
          Review
        </button>
      </form>
    </Card>
  );
}
