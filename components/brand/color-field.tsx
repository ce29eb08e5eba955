import { checkBrandContrast, formatRatio, HEX_COLOR } from '@/lib/brand/contrast';

type Props = { value: string; onChange: (hex: string) => void; errors?: string[] };

/** Hex input (submitted) and colour picker (kept in step), with the live WCAG check. */
export function ColorField({ value, onChange, errors }: Props) {
  const valid = HEX_COLOR.test(value);
  const check = valid ? checkBrandContrast(value) : null;
  const describedBy = ['f-primary_color-check', errors?.length ? 'f-primary_color-error' : null]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">Primary colour</legend>
      <div className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="f-primary_color" className="block text-xs text-fg-muted">
            Hex code
          </label>
          <input
            id="f-primary_color"
            name="primary_color"
            value={value}
            onChange={(e) => onChange(e.target.value.trim())}
            maxLength={7}
            spellCheck={false}
            aria-invalid={errors?.length || check?.level === 'block' ? true : undefined}
            aria-describedby={describedBy}
            className="block w-32 rounded-md border border-line bg-surface px-3 py-2 font-mono text-sm aria-[invalid=true]:border-danger"
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="f-primary_color_picker" className="block text-xs text-fg-muted">
            Picker
          </label>
          <input
            id="f-primary_color_picker"
            type="color"
            value={valid ? value.toLowerCase() : '#000000'}
            onChange={(e) => onChange(e.target.value)}
            className="h-10 w-16 cursor-pointer rounded-md border border-line bg-surface"
          />
        </div>
      </div>
      <div id="f-primary_color-check" aria-live="polite" className="space-y-1 text-sm">
        {check ? (
          <>
            <p>
              Text on it ({check.text === '#ffffff' ? 'white' : 'dark'}):{' '}
              <strong>{formatRatio(check.textRatio)}:1</strong>
              {' · '}Against the page: <strong>{formatRatio(check.surfaceRatio)}:1</strong>
            </p>
            {check.messages.map((m) => (
              <p key={m} className={check.level === 'block' ? 'text-danger' : 'text-amber-800 dark:text-amber-300'}>
                {check.level === 'block' ? 'Cannot be saved: ' : 'Warning: '}
                {m}
              </p>
            ))}
          </>
        ) : (
          <p className="text-fg-muted">Enter # and 6 hex digits to check the contrast.</p>
        )}
      </div>
      {errors?.length ? (
        <p id="f-primary_color-error" className="text-sm text-danger">
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}
