'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { staffAction } from '@/lib/action';
import { getDb } from '@/lib/db';
import { writeSettings } from '@/lib/settings';
import { timezoneSchema } from '@/lib/validation';

/** Settings → General: the portal's display time zone (owner/admin; audited by the pipeline). */
export const saveGeneralSettings = staffAction({
  name: 'settings.general',
  permission: 'settings:brand',
  schema: z.object({ display_time_zone: timezoneSchema }),
  run: async (input, { user }) => {
    await writeSettings(await getDb(), { displayTimeZone: input.display_time_zone }, user.id);
    return { displayTimeZone: input.display_time_zone };
  },
  // Every page shows times in this zone.
  after: () => revalidatePath('/', 'layout'),
  successMessage: (r) => `Times are now shown in ${r.displayTimeZone}.`,
});
