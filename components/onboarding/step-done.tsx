'use client';

import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { useI18n } from './i18n';
import { StepFrame } from './step-frame';
import { useWizard } from './wizard-context';

export function StepDone() {
  const { t } = useI18n();
  const { view, mode } = useWizard();
  const clientId = view?.progress.client_id ?? '';
  return (
    <StepFrame title={t('done.title')}>
      <dl className="grid gap-2 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="text-fg-muted">{t('done.clientId')}</dt>
        <dd className="font-mono text-lg" data-testid="client-id">
          {clientId}
        </dd>
      </dl>
      <p className="text-sm">{mode === 'public' ? t('done.text') : t('done.staffText')}</p>
      {mode === 'public' ? (
        <Link href="/sign-in?next=/account" className={buttonClass('primary')}>
          {t('done.signIn')}
        </Link>
      ) : (
        <Link href={`/clients/${encodeURIComponent(clientId)}`} className={buttonClass('primary')}>
          {t('done.openClient')}
        </Link>
      )}
    </StepFrame>
  );
}
