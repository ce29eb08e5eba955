import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { TextField } from '@/components/ui/field';

/**
 * Step one of adding credits: a GET form, so the request lands in the URL and the page opens
 * the confirmation (with its idempotency key) from there. Errors come back from the page.
 */
export function AddCreditsForm({
  action,
  amount,
  validTill,
  errors,
}: {
  action: string;
  amount?: string;
  validTill?: string;
  errors: Record<string, string[]>;
}) {
  const today = new Date().toISOString().slice(0, 10);
  return (
    <Card>
      <form method="get" action={action} aria-labelledby="add-credits-heading" className="space-y-3">
        <h2 id="add-credits-heading" className="text-lg font-semibold">
          Add credits
        </h2>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            name="amount"
            label="Amount (₹)"
            inputMode="decimal"
            autoComplete="off"
            required
            defaultValue={amount}
            errors={errors.amount}
            hint="Rupees, up to two decimals, e.g. 500 or 500.50"
          />
          <TextField
            name="valid_till"
            label="New validity date (optional)"
            type="date"
            min={today}
            defaultValue={validTill}
            errors={errors.valid_till}
            hint="Leave empty to keep the current validity"
          />
        </div>
        <button type="submit" className={buttonClass('primary')}>
          Review
        </button>
      </form>
    </Card>
  );
}
