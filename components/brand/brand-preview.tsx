import { readableOn } from '@/lib/brand/contrast';

type Props = { name: string; color: string; logoSrc: string | null };

/**
 * What the console header, a primary button and the sign-in card will look like. Drawn
 * with plain elements (nothing focusable): it is a picture of the result, not a form.
 */
export function BrandPreview({ name, color, logoSrc }: Props) {
  const text = readableOn(color);
  const shown = name.trim() || 'Your name';
  const mark = (size: number) =>
    logoSrc ? (
      // biome-ignore lint/performance/noImgElement: a local preview of the chosen file (blob: or data: URL)
      <img src={logoSrc} alt="" width={size} height={size} className="rounded" data-testid="preview-logo" />
    ) : (
      <span
        aria-hidden="true"
        style={{ width: size, height: size, background: color, color: text }}
        className="inline-flex items-center justify-center rounded font-bold"
      >
        {shown.slice(0, 1).toUpperCase()}
      </span>
    );
  return (
    <section aria-label="Preview" className="space-y-3">
      <h2 className="text-lg font-semibold">Preview</h2>
      <div className="overflow-hidden rounded-lg border border-line bg-surface-muted">
        <div className="flex items-center gap-2 border-b border-line bg-surface px-3 py-2" data-testid="preview-header">
          {mark(28)}
          <span className="truncate font-semibold">{shown}</span>
        </div>
        <div className="space-y-4 p-4">
          <div className="flex flex-wrap items-center gap-2">
            <span
              data-testid="preview-button"
              style={{ background: color, color: text }}
              className="inline-flex min-h-10 items-center rounded-md px-4 text-sm font-medium"
            >
              Primary button
            </span>
            <span className="inline-flex min-h-10 items-center rounded-md border border-line bg-surface px-4 text-sm">
              Secondary
            </span>
          </div>
          <div
            className="mx-auto max-w-xs rounded-lg border border-line bg-surface p-4 shadow-sm"
            data-testid="preview-sign-in"
          >
            <div className="mb-3 flex items-center gap-2">
              {mark(32)}
              <span className="font-semibold">{shown}</span>
            </div>
            <p className="mb-2 font-semibold">Sign in</p>
            <div className="mb-2 h-8 rounded-md border border-line bg-surface" />
            <div className="mb-3 h-8 rounded-md border border-line bg-surface" />
            <span
              style={{ background: color, color: text }}
              className="flex h-9 items-center justify-center rounded-md text-sm font-medium"
            >
              Sign in
            </span>
          </div>
        </div>
      </div>
    </section>
  );
}
