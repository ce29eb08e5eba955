'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { switchLocale } from '@/lib/onboarding/actions-public';
import { useI18n } from './i18n';
// "हिन्दी" on English pages from a 2 KB inlined face instead of the 50 KB Devanagari file.
import './hindi-label.css';

/** One button naming the other language in that language (and marked up as such). */
export function LanguageSwitcher() {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [pending, start] = useTransition();
  const other = locale === 'en' ? 'hi' : 'en';
  return (
    <button
      type="button"
      className={`rounded-md border border-line px-3 py-1.5 text-sm hover:bg-surface-muted disabled:opacity-60 ${other === 'hi' ? 'hindi-label' : ''}`}
      lang={other}
      disabled={pending}
      onClick={() =>
        start(async () => {
          await switchLocale({ locale: other });
          router.refresh();
        })
      }
    >
      {t('lang.switch')}
    </button>
  );
}
