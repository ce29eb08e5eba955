'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { sendStaffResumeLink } from '@/lib/onboarding/actions-staff';
import { requestSelfResumeLink } from '@/lib/onboarding/public-step';
import { useI18n } from './i18n';
import { useWizard } from './wizard-context';

/**
 * Self-signup: "continue on another device" sends a link to the registration's own email
 * and mobile. Staff: the hand-off link is sent and shown (to share it when undelivered).
 */
export function ResumePanel() {
  const { t } = useI18n();
  const { mode, view } = useWizard();
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; message?: string } | null>(null);
  const [link, setLink] = useState<{ url: string; delivered: boolean } | null>(null);
  if (!view?.progress.request_id || view.progress.client_id) return null;

  const send = async () => {
    setPending(true);
    setStatus(null);
    try {
      if (mode === 'public') {
        const res = await requestSelfResumeLink();
        setStatus({ ok: res.ok, message: res.ok ? t('resume.sent') : res.message });
      } else {
        const res = await sendStaffResumeLink({ draft_id: view.id, channel: 'both' });
        if (res.ok) {
          setLink({ url: res.data.url, delivered: res.data.delivered });
          const until = res.data.expiresText;
          setStatus({
            ok: true,
            message: res.data.delivered ? t('resume.staffSent', { until }) : t('resume.notDelivered'),
          });
        } else setStatus({ ok: false, message: res.message });
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <section
      aria-labelledby="resume-title"
      className="mt-8 space-y-2 rounded-md border border-line bg-surface-muted p-4"
    >
      <h2 id="resume-title" className="text-sm font-semibold">
        {mode === 'public' ? t('resume.title') : t('resume.staffTitle')}
      </h2>
      <p className="text-sm text-fg-muted">{mode === 'public' ? t('resume.selfHint') : t('resume.staffHint')}</p>
      <form
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <FormStatus state={status} />
        {link ? (
          <p className="text-sm">
            <span className="font-medium">{t('resume.link')}: </span>
            <a href={link.url} className="break-all font-mono text-xs underline" data-testid="resume-url">
              {link.url}
            </a>
          </p>
        ) : null}
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? t('common.working') : mode === 'public' ? t('resume.send') : t('resume.staffSend')}
        </Button>
      </form>
    </section>
  );
}
