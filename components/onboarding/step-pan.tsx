'use client';

import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import type { MessageKey } from '@/lib/i18n';
import { checkPan } from '@/lib/onboarding/validate';
import { BTYPES } from '@/lib/validation/pan';
import { useI18n } from './i18n';
import { DoneNote, StepFrame } from './step-frame';
import { useStepForm } from './use-step-form';
import { useWizard } from './wizard-context';

export function StepPan({ editable }: { editable: boolean }) {
  const { t } = useI18n();
  const { view, setPanTyped } = useWizard();
  const f = useStepForm({ btype: view?.btype ?? '', pan: '' });
  const btypeLabel = (b: string) => t(`btype.${b}` as MessageKey);
  if (!editable && view?.progress.pan_masked) {
    return (
      <StepFrame title={t('steps.pan')}>
        <DoneNote note={t('common.stepDone')}>
          {t('pan.done', {
            pan: view.progress.pan_masked,
            name: view.panName ?? '',
            btype: btypeLabel(view.btype ?? ''),
          })}
        </DoneNote>
      </StepFrame>
    );
  }
  return (
    <StepFrame title={t('steps.pan')} intro={t('pan.intro')}>
      <form
        ref={f.formRef}
        noValidate
        className="space-y-4"
        onSubmit={f.onSubmit(async () => {
          const res = await f.submit('verify_pan', (v) => checkPan(v, btypeLabel));
          if (res?.ok) setPanTyped(f.values.pan);
        })}
      >
        <SelectField
          name="btype"
          label={t('pan.btype')}
          value={f.values.btype}
          onChange={(e) => f.set('btype', e.target.value)}
          errors={f.errors.btype}
          required
        >
          <option value="">{t('pan.btypeChoose')}</option>
          {BTYPES.map((b) => (
            <option key={b} value={b}>
              {btypeLabel(b)}
            </option>
          ))}
        </SelectField>
        <TextField
          name="pan"
          label={t('pan.pan')}
          hint={t('pan.panHint')}
          value={f.values.pan}
          onChange={(e) => f.set('pan', e.target.value.toUpperCase())}
          errors={f.errors.pan}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={12}
          className="max-w-64"
          required
        />
        <FormStatus state={f.status} />
        <Button type="submit" disabled={f.pending}>
          {f.pending ? t('common.working') : t('pan.submit')}
        </Button>
      </form>
    </StepFrame>
  );
}
