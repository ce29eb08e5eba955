import 'server-only';
import { LOGO_MAX_BYTES, type LogoType } from './limits';
import { sanitizeSvg } from './svg';

export { LOGO_MAX_BYTES } from './limits';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/**
 * The image type from the file's first bytes, whatever its name or declared type says.
 * SVG has no magic number: it must be text whose first element (after an XML declaration,
 * comments and a doctype) is <svg>.
 */
export function detectImageType(bytes: Uint8Array): LogoType | null {
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: binary files show up as control characters
  if (/[\u0000-\u0008\u000e-\u001f]/.test(head)) return null;
  const rest = head.replace(/^(\s|<\?xml[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/i, '');
  return /^<svg[\s>]/.test(rest) ? 'image/svg+xml' : null;
}

export class LogoError extends Error {}

/** Checks an upload and turns it into the data URL kept in brand_settings.logo_data_url. */
export function logoToDataUrl(bytes: Uint8Array): string {
  if (bytes.byteLength === 0) throw new LogoError('The file is empty.');
  if (bytes.byteLength > LOGO_MAX_BYTES)
    throw new LogoError(`The logo is ${Math.ceil(bytes.byteLength / 1024)} KB; the limit is 200 KB.`);
  const type = detectImageType(bytes);
  if (!type) throw new LogoError('Upload a PNG, JPEG or SVG image. This file is not one of those.');
  if (type !== 'image/svg+xml') return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
  const clean = sanitizeSvg(new TextDecoder().decode(bytes));
  if (!clean) throw new LogoError('This SVG has no drawable content left once unsafe parts are removed.');
  return `data:image/svg+xml;base64,${Buffer.from(clean, 'utf8').toString('base64')}`;
}
