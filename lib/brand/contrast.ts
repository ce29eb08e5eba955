/** WCAG 2 contrast, used to pick text on the brand colour and to check brand settings. */
function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return 0;
  const n = Number.parseInt(m[1], 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** White or near-black, whichever reads better on the colour. */
export function readableOn(hex: string): '#ffffff' | '#111827' {
  return contrastRatio(hex, '#ffffff') >= contrastRatio(hex, '#111827') ? '#ffffff' : '#111827';
}

/** WCAG AA for normal text; below it staff are warned. */
export const CONTRAST_WARN = 4.5;
/** WCAG AA for large text and UI parts; below it the colour cannot be saved. */
export const CONTRAST_MIN = 3;
export const DARK_TEXT = '#111827';

export type ContrastCheck = {
  onWhite: number;
  onDark: number;
  /** The text colour the portal will put on the brand colour, and its ratio. */
  text: '#ffffff' | '#111827';
  ratio: number;
  level: 'ok' | 'warn' | 'block';
  message: string | null;
};

export const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** What the brand settings form and the `brand.update` action say about a primary colour. */
export function checkBrandContrast(hex: string): ContrastCheck {
  const onWhite = contrastRatio(hex, '#ffffff');
  const onDark = contrastRatio(hex, DARK_TEXT);
  const text = readableOn(hex);
  const ratio = Math.max(onWhite, onDark);
  const shown = `${formatRatio(ratio)}:1`;
  if (ratio < CONTRAST_MIN)
    return { onWhite, onDark, text, ratio, level: 'block', message: `Text on this colour would be unreadable (${shown}; at least 3:1 is needed). Choose a darker or lighter colour.` };
  if (ratio < CONTRAST_WARN)
    return { onWhite, onDark, text, ratio, level: 'warn', message: `Text on this colour is hard to read (${shown}; 4.5:1 is recommended). It can be saved, but a darker or lighter colour reads better.` };
  return { onWhite, onDark, text, ratio, level: 'ok', message: null };
}

/** Rounded down, so 4.49 never shows as a passing "4.5". */
export function formatRatio(r: number): string {
  return (Math.floor(r * 100) / 100).toFixed(2);
}
