import { describe, expect, it } from 'vitest';
import { sanitizeSvg } from './svg';

const wrap = (inner: string, attrs = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"${attrs}>${inner}</svg>`;

describe('sanitizeSvg', () => {
  it('keeps a benign logo intact (case-sensitive names, gradients, local references)', () => {
    const logo = wrap(
      '<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#1d4ed8"/></linearGradient></defs>' +
        '<title>Acme</title><circle cx="32" cy="32" r="30" fill="url(#g)"/><use href="#c"/><text x="8" y="40" font-size="20">A</text>',
    );
    const out = sanitizeSvg(logo) ?? '';
    for (const kept of [
      'viewBox="0 0 64 64"',
      '<linearGradient id="g"',
      'stop-color="#1d4ed8"',
      'fill="url(#g)"',
      '<title>Acme</title>',
      'href="#c"',
      '>A</text>',
    ])
      expect(out).toContain(kept);
  });

  it('strips scripts with their content', () => {
    const out =
      sanitizeSvg(
        wrap('<script>alert(1)</script><script href="https://evil.test/x.js"/><rect width="4" height="4"/>'),
      ) ?? '';
    expect(out).not.toMatch(/script|alert/i);
    expect(out).toContain('<rect');
  });

  it('strips every on* event handler', () => {
    const out = sanitizeSvg(wrap('<rect onclick="alert(1)" onmouseover="x()" width="4"/>', ' onload="alert(1)"')) ?? '';
    expect(out).not.toMatch(/on(load|click|mouseover)|alert/i);
    expect(out).toContain('width="4"');
  });

  it('strips javascript: and external hrefs, keeps in-document ones', () => {
    const out =
      sanitizeSvg(
        wrap(
          '<a href="javascript:alert(1)"><text>x</text></a><use xlink:href="javascript:alert(1)"/><use href="https://evil.test/s.svg#a"/><use href="#ok"/>',
          ' xmlns:xlink="http://www.w3.org/1999/xlink"',
        ),
      ) ?? '';
    expect(out).not.toMatch(/javascript|evil\.test|<a[\s>]/i);
    expect(out).toContain('href="#ok"');
  });

  it('strips external images and url() references to other documents', () => {
    const out =
      sanitizeSvg(
        wrap(
          '<image href="https://evil.test/track.png" width="10" height="10"/><rect fill="url(https://evil.test/p.svg#x)" style="fill: url(https://evil.test/a)"/>',
        ),
      ) ?? '';
    expect(out).not.toMatch(/<image|evil\.test|url\(http/i);
  });

  it('drops foreignObject with everything inside it', () => {
    const out =
      sanitizeSvg(
        wrap(
          '<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml"><iframe src="https://evil.test"/>hello<rect/></div></foreignObject><path d="M0 0h4"/>',
        ),
      ) ?? '';
    expect(out).not.toMatch(/foreignObject|iframe|hello|evil/i);
    expect(out).toContain('<path d="M0 0h4"');
  });

  it('drops <style> blocks that fetch or import, keeps plain CSS', () => {
    expect(sanitizeSvg(wrap('<style>@import url(https://evil.test/x.css);</style><rect/>'))).not.toMatch(/style|evil/);
    expect(sanitizeSvg(wrap('<style>.a{background:u\\72l(https://evil.test)}</style><rect/>'))).not.toMatch(/evil/);
    expect(sanitizeSvg(wrap('<style>.a{fill:#f00}</style><rect class="a"/>'))).toContain('.a{fill:#f00}');
  });

  it('refuses markup that is not an SVG', () => {
    expect(sanitizeSvg('<html><body>hi</body></html>')).toBeNull();
    expect(sanitizeSvg('<script>alert(1)</script>')).toBeNull();
  });
});
