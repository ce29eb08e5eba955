import 'server-only';
import { cache } from 'react';
import { getDb } from '@/lib/db';
import { readableOn } from './contrast';

export type Brand = {
  name: string;
  logoDataUrl: string | null;
  primaryColor: string;
  primaryContrast: string;
  supportEmail: string | null;
  supportPhone: string | null;
  termsUrl: string | null;
  privacyUrl: string | null;
};

/** Used until an owner or admin saves brand settings. */
export const DEFAULT_BRAND: Omit<Brand, 'primaryContrast'> = {
  name: 'Reseller Portal',
  logoDataUrl: null,
  primaryColor: '#1d4ed8',
  supportEmail: null,
  supportPhone: null,
  termsUrl: null,
  privacyUrl: null,
};

export const getBrand = cache(async (): Promise<Brand> => {
  const db = await getDb();
  const row = await db.selectFrom('brand_settings').selectAll().where('id', '=', 'default').executeTakeFirst();
  const b = row
    ? {
        name: row.name,
        logoDataUrl: row.logo_data_url,
        primaryColor: row.primary_color,
        supportEmail: row.support_email,
        supportPhone: row.support_phone,
        termsUrl: row.terms_url,
        privacyUrl: row.privacy_url,
      }
    : DEFAULT_BRAND;
  return { ...b, primaryContrast: readableOn(b.primaryColor) };
});
