import sanitizeHtml from 'sanitize-html';

/**
 * Allowlist sanitiser for uploaded SVG logos. A logo is shown through <img> (where scripts
 * never run) but the data URL can also be opened on its own, so nothing active survives:
 * no script, foreignObject, event handlers, animation, external references or CSS url().
 */
const TAGS = [
  'svg',
  'g',
  'defs',
  'symbol',
  'use',
  'title',
  'desc',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
  'mask',
  'pattern',
  'style',
];

const ATTRS = [
  'id',
  'class',
  'style',
  'xmlns',
  'xmlns:xlink',
  'version',
  'viewBox',
  'width',
  'height',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'd',
  'points',
  'transform',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-opacity',
  'opacity',
  'clip-path',
  'clip-rule',
  'mask',
  'offset',
  'stop-color',
  'stop-opacity',
  'gradientUnits',
  'gradientTransform',
  'spreadMethod',
  'fx',
  'fy',
  'fr',
  'patternUnits',
  'patternContentUnits',
  'patternTransform',
  'clipPathUnits',
  'maskUnits',
  'maskContentUnits',
  'preserveAspectRatio',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'dx',
  'dy',
  'href',
  'xlink:href',
  'xml:space',
  'role',
  'aria-label',
  'aria-hidden',
  'display',
  'visibility',
];

// CSS that can fetch or run something, or hide it behind escapes ("u\72l(").
const UNSAFE_CSS = /url\s*\(|@import|expression\s*\(|javascript:|behavior\s*:|-moz-binding|\\/i;
// Presentation attributes may point at a gradient or clip path in the same file, nothing else.
const LOCAL_REF = /^\s*url\(\s*#[\w.-]+\s*\)\s*$/;

function cleanAttributes(attribs: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(attribs)) {
    const lower = name.toLowerCase();
    if (lower.startsWith('on')) continue;
    if (lower === 'href' || lower === 'xlink:href') {
      if (/^#[\w.-]+$/.test(value.trim())) out[name] = value.trim();
      continue;
    }
    if (lower === 'style') {
      if (!UNSAFE_CSS.test(value)) out[name] = value;
      continue;
    }
    if (/url\s*\(/i.test(value) && !LOCAL_REF.test(value)) continue;
    if (/javascript:|data:/i.test(value)) continue;
    out[name] = value;
  }
  return out;
}

/** The sanitised SVG markup, or null when no <svg> root is left. */
export function sanitizeSvg(svg: string): string | null {
  const clean = sanitizeHtml(svg, {
    allowedTags: TAGS,
    allowedAttributes: { '*': ATTRS },
    allowedSchemes: [],
    allowedSchemesAppliedToAttributes: ['href', 'xlink:href'],
    allowProtocolRelative: false,
    parser: { xmlMode: true, lowerCaseTags: false, lowerCaseAttributeNames: false },
    // Dropped with everything inside them, not just unwrapped.
    nonTextTags: ['script', 'foreignObject', 'iframe', 'object', 'embed', 'noscript', 'textarea'],
    exclusiveFilter: (frame) => frame.tag === 'style' && UNSAFE_CSS.test(frame.text),
    transformTags: { '*': (tagName, attribs) => ({ tagName, attribs: cleanAttributes(attribs) }) },
    // <style> is allowed (with the filter above): its text is CSS, not markup.
    allowVulnerableTags: true,
  }).trim();
  return /^<svg[\s>]/.test(clean) && clean.endsWith('</svg>') ? clean : null;
}
