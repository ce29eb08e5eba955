'use server';

import { revalidatePath } from 'next/cache';
import { staffAction } from '@/lib/action';
import { billingSettingsSchema } from '@/lib/billing/settings-schema';
import { getDb } from '@/lib/db';
import { formatRupees } from '@/lib/money';
import { writeSettings } from '@/lib/settings';

/** Settings → Billing (owner/admin through settings:brand; audited by the pipeline). */
export const saveBillingSettings = staffAction({
  name: 'settings.billing',
  permission: 'settings:brand',
  schema: billingSettingsSchema,
  run: async (input, { user }) => {
    const values = {
      topUpCeilingPaise: input.top_up_ceiling,
      lowBalancePaise: input.low_balance,
      validityWarningDays: input.validity_warning_days,
    };
    await writeSettings(await getDb(), values, user.id);
    return values;
  },
  after: () => {
    revalidatePath('/wallet');
    revalidatePath('/dashboard');
  },
  successMessage: (v) =>
    `Saved: top-ups up to ${formatRupees(v.topUpCeilingPaise)}, low balance under ${formatRupees(v.lowBalancePaise)}, validity warning ${v.validityWarningDays} days.`,
});
