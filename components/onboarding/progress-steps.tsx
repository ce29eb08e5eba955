'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { MessageKey } from '@/lib/i18n';
import { isDone, isReachable, STEPS, type Step } from '@/lib/onboarding/steps';
import type { DraftView } from '@/lib/onboarding/view';
import { useI18n } from './i18n';

const EMPTY = {
  request_id: null,
  otp_verified: 0,
  pan_masked: null,
  aadhaar_ref: null,
  aadhaar_verified: 0,
  gst_num: null,
  gst_skipped: 0,
  reviewed: 0,
  client_id: null,
};

/**
 * Names every step in order. The step on screen carries aria-current="step"; steps already
 * reached are links (to look back or change what may still change), later ones are text.
 */
export function ProgressSteps({ view, current }: { view: DraftView | null; current: Step }) {
  const { t } = useI18n();
  const pathname = usePathname();
  const progress = view?.progress ?? EMPTY;
  return (
    <nav aria-label={t('progress.label')} className="mb-6">
      <p className="mb-2 text-sm text-fg-muted">
        {t('progress.stepOf', { n: STEPS.indexOf(current) + 1, total: STEPS.length })}
      </p>
      <ol className="flex flex-wrap gap-x-1 gap-y-2 text-xs sm:text-sm">
        {STEPS.map((s, i) => {
          const done = isDone(s, progress) && s !== 'done';
          const label = `${i + 1}. ${t(`steps.${s}` as MessageKey)}`;
          const here = s === current;
          const cls = `inline-flex items-center gap-1 rounded-full border px-2.5 py-1 ${
            here
              ? 'border-brand bg-brand text-brand-contrast'
              : done
                ? 'border-line bg-surface-muted text-fg'
                : 'border-line text-fg-muted'
          }`;
          return (
            <li key={s} aria-current={here ? 'step' : undefined}>
              {!here && view && isReachable(s, progress) && !progress.client_id ? (
                <Link
                  href={`${pathname}?step=${s}`}
                  className={`${cls} underline-offset-2 hover:underline`}
                  scroll={false}
                >
                  {done ? <span aria-hidden="true">✓</span> : null}
                  {label}
                  {done ? <span className="sr-only"> {t('progress.done')}</span> : null}
                </Link>
              ) : (
                <span className={cls}>
                  {done ? <span aria-hidden="true">✓</span> : null}
                  {label}
                  {done ? <span className="sr-only"> {t('progress.done')}</span> : null}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
