import { LOGO_MAX_BYTES } from '@/lib/brand/limits';

type Props = {
  hasSaved: boolean;
  remove: boolean;
  onRemove: (remove: boolean) => void;
  onFile: (file: File | null) => void;
  note: string | null;
  errors?: string[];
};

/** The upload is checked again on the server by its bytes; this only gives early feedback. */
export function LogoField({ hasSaved, remove, onRemove, onFile, note, errors }: Props) {
  const describedBy = ['f-logo-hint', note ? 'f-logo-note' : null, errors?.length ? 'f-logo-error' : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="space-y-1">
      <label htmlFor="f-logo" className="block text-sm font-medium">
        Logo
      </label>
      <input
        id="f-logo"
        name="logo"
        type="file"
        accept="image/png,image/jpeg,image/svg+xml,.png,.jpg,.jpeg,.svg"
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onFile(e.target.files?.[0] ?? null)}
        className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-line file:bg-surface file:px-3 file:py-1.5 file:text-fg"
      />
      <p id="f-logo-hint" className="text-xs text-fg-muted">
        PNG, JPEG or SVG, up to {LOGO_MAX_BYTES / 1024} KB. A square image works best. SVGs are cleaned of scripts and
        links.
      </p>
      {note ? (
        <p id="f-logo-note" className="text-sm text-amber-800 dark:text-amber-300">
          {note}
        </p>
      ) : null}
      {errors?.length ? (
        <p id="f-logo-error" className="text-sm text-danger">
          {errors.join(' ')}
        </p>
      ) : null}
      {hasSaved ? (
        <label className="flex items-center gap-2 pt-1 text-sm">
          <input type="checkbox" name="remove_logo" checked={remove} onChange={(e) => onRemove(e.target.checked)} />
          Remove the current logo (show the initial instead)
        </label>
      ) : null}
    </div>
  );
}
