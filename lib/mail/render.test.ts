import { describe, expect, it } from 'vitest';
import { renderMail } from './render';

const brand = {
  name: 'Acme <Telecom>',
  primaryColor: '#0a7d3b',
  primaryContrast: '#ffffff',
  supportEmail: 'help@acme.test',
  supportPhone: null,
};

describe('renderMail', () => {
  const content = {
    subject: 'Join Acme',
    intro: ['Hello & welcome.'],
    link: { url: 'https://portal.test/invite/abc?x=1&y=2', label: 'Accept' },
    outro: ['Valid for 72 hours.'],
  };

  it('writes a plain-text alternative with the bare link and the support contact', () => {
    const { text } = renderMail(brand, content);
    expect(text).toContain('Accept: https://portal.test/invite/abc?x=1&y=2');
    expect(text).toContain('Questions? Contact Acme <Telecom> at help@acme.test.');
    expect(text.endsWith('— Acme <Telecom>')).toBe(true);
  });

  it('renders HTML under the brand colour with everything escaped', () => {
    const { html } = renderMail(brand, content);
    expect(html).toContain('background:#0a7d3b');
    expect(html).toContain('Acme &lt;Telecom&gt;');
    expect(html).toContain('Hello &amp; welcome.');
    expect(html).toContain('href="https://portal.test/invite/abc?x=1&amp;y=2"');
  });

  it('never puts an unvalidated colour into a style attribute', () => {
    const { html } = renderMail({ ...brand, primaryColor: 'red;background:url(x)' }, content);
    expect(html).not.toContain('url(x)');
    expect(html).toContain('background:#1d4ed8');
  });
});
