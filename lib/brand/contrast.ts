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

/** WCAG AA for normal text: text on the brand colour below this gets a warning. */
export const CONTRAST_WARN = 4.5;
/**
 * WCAG 1.4.11 non-text contrast: the brand colour fills buttons and marks the active tab on
 * the white page, so below 3:1 against it those controls disappear and saving is refused.
 * (Text on the colour cannot fall below 4.1:1: the portal picks white or dark text.)
 */
export const CONTRAST_MIN = 3;
export const DARK_TEXT = '#111827';
export const PAGE_SURFACE = '#ffffff';
export const HEX_COLOR = /^#[0-9a-f]{6}$/i;

export type ContrastCheck = {
  /** The text colour the portal puts on the brand colour, and its ratio. */
  text: '#ffffff' | '#111827';
  textRatio: number;
  /** The brand colour against the light page background. */
  surfaceRatio: number;
  level: 'ok' | 'warn' | 'block';
  messages: string[];
};

/** What the brand settings form and the `brand.update` action say about a primary colour. */
export function checkBrandContrast(hex: string): ContrastCheck {
  const text = readableOn(hex);
  const textRatio = contrastRatio(hex, text);
  const surfaceRatio = contrastRatio(hex, PAGE_SURFACE);
  const messages: string[] = [];
  let level: ContrastCheck['level'] = 'ok';
  if (surfaceRatio < CONTRAST_MIN) {
    level = 'block';
    messages.push(
      `This colour is too light to stand out on the white page (${formatRatio(surfaceRatio)}:1; at least 3:1 is needed): buttons would disappear. Choose a darker colour.`,
    );
  }
  if (textRatio < CONTRAST_WARN) {
    if (level === 'ok') level = 'warn';
    messages.push(
      `Text on this colour is hard to read (${formatRatio(textRatio)}:1; 4.5:1 is recommended). A darker or lighter shade reads better.`,
    );
  }
  return { text, textRatio, surfaceRatio, level, messages };
}

/** Rounded down, so 4.49 never shows as a passing "4.5". */
export function formatRatio(r: number): string {
  return (Math.floor(r * 100) / 100).toFixed(2);
}
