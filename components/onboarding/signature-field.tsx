'use client';

import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import SignaturePad from 'signature_pad';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { useI18n } from './i18n';

export type SignatureHandle = { /** PNG data URL, or '' when nothing was drawn or typed. */ toPng: () => string };

/**
 * Draw with mouse, pen or finger (signature_pad), or type the name, which is rendered to a
 * PNG on a canvas: the typed way is the one for keyboard and screen-reader users.
 */
export const SignatureField = forwardRef<SignatureHandle, { errors?: string[] }>(function SignatureField(
  { errors },
  ref,
) {
  const { t } = useI18n();
  const [mode, setMode] = useState<'draw' | 'type'>('draw');
  const [typed, setTyped] = useState('');
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);

  useEffect(() => {
    if (mode !== 'draw' || !canvasRef.current) return;
    const canvas = canvasRef.current;
    // Sharp lines on high-density screens: size the bitmap to the CSS box × devicePixelRatio.
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    canvas.width = canvas.offsetWidth * ratio;
    canvas.height = canvas.offsetHeight * ratio;
    canvas.getContext('2d')?.scale(ratio, ratio);
    const pad = new SignaturePad(canvas, { penColor: '#111827', backgroundColor: 'rgb(255,255,255)' });
    padRef.current = pad;
    return () => {
      pad.off();
      padRef.current = null;
    };
  }, [mode]);

  useImperativeHandle(ref, () => ({
    toPng() {
      if (mode === 'draw')
        return padRef.current && !padRef.current.isEmpty() ? padRef.current.toDataURL('image/png') : '';
      return typedToPng(typed);
    },
  }));

  const errId = errors?.length ? 'signature-error' : undefined;
  return (
    <fieldset className="space-y-3" aria-describedby={errId}>
      <legend className="text-sm font-medium">{t('sign.method')}</legend>
      <div className="flex gap-4 text-sm">
        {(['draw', 'type'] as const).map((m) => (
          <label key={m} className="inline-flex items-center gap-2">
            <input type="radio" name="sign-method" value={m} checked={mode === m} onChange={() => setMode(m)} />
            {m === 'draw' ? t('sign.draw') : t('sign.type')}
          </label>
        ))}
      </div>
      {mode === 'draw' ? (
        <div className="space-y-2">
          <canvas
            ref={canvasRef}
            role="img"
            aria-label={t('sign.pad')}
            className="h-40 w-full touch-none rounded-md border border-line bg-white"
          />
          <p className="text-xs text-fg-muted">{t('sign.padHint')}</p>
          <Button variant="secondary" onClick={() => padRef.current?.clear()}>
            {t('sign.clear')}
          </Button>
        </div>
      ) : (
        <TextField
          name="typed_signature"
          label={t('sign.typed')}
          hint={t('sign.typedHint')}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          autoComplete="name"
          maxLength={80}
        />
      )}
      {errors?.length ? (
        <p id="signature-error" className="text-sm text-danger">
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
});

function typedToPng(name: string): string {
  const text = name.trim();
  if (!text) return '';
  const canvas = document.createElement('canvas');
  canvas.width = 600;
  canvas.height = 160;
  const ctx = canvas.getContext('2d');
  if (!ctx) return '';
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#111827';
  ctx.textBaseline = 'middle';
  let size = 56;
  do {
    ctx.font = `italic ${size}px "Segoe Script", "Brush Script MT", cursive`;
    size -= 4;
  } while (ctx.measureText(text).width > canvas.width - 40 && size > 16);
  ctx.fillText(text, 20, canvas.height / 2);
  return canvas.toDataURL('image/png');
}
