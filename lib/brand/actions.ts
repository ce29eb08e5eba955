'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { getDb, nowIso } from '@/lib/db';
import { UserError } from '@/lib/errors';
import { LogoError, logoToDataUrl } from './logo';
import { brandUpdateSchema } from './schemas';

const BRAND_ID = 'default';

async function newLogo(file: File): Promise<string> {
  try {
    return logoToDataUrl(new Uint8Array(await file.arrayBuffer()));
  } catch (err) {
    if (err instanceof LogoError) throw new UserError('Check the highlighted fields.', { logo: [err.message] });
    throw err;
  }
}

export const updateBrand = defineAction({
  name: 'brand.update',
  permission: 'settings:brand',
  schema: brandUpdateSchema,
  run: async (input) => {
    const db = await getDb();
    const current = await db
      .selectFrom('brand_settings')
      .select('logo_data_url')
      .where('id', '=', BRAND_ID)
      .executeTakeFirst();
    const logo = input.logo ? await newLogo(input.logo) : input.remove_logo ? null : (current?.logo_data_url ?? null);
    const row = {
      name: input.name,
      logo_data_url: logo,
      primary_color: input.primary_color,
      support_email: input.support_email ?? null,
      support_phone: input.support_phone ?? null,
      terms_url: input.terms_url ?? null,
      privacy_url: input.privacy_url ?? null,
      updated_at: nowIso(),
    };
    await db
      .insertInto('brand_settings')
      .values({ id: BRAND_ID, ...row })
      .onConflict((oc) => oc.column('id').doUpdateSet(row))
      .execute();
    return { name: row.name, hasLogo: logo !== null };
  },
  // The brand shows on every page (root layout): refresh them all.
  after: () => revalidatePath('/', 'layout'),
  successMessage: 'Brand saved. Sign-in, signup, the console and sandbox messages now use it.',
});

export const resetBrand = defineAction({
  name: 'brand.reset',
  permission: 'settings:brand',
  schema: z.object({}),
  run: async () => {
    const db = await getDb();
    await db.deleteFrom('brand_settings').where('id', '=', BRAND_ID).execute();
    return { reset: true };
  },
  after: () => revalidatePath('/', 'layout'),
  successMessage: 'Brand reset to the defaults.',
});
