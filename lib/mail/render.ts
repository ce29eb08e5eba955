/**
 * Renders a portal message under the reseller's brand: an HTML part with the brand colour and
 * name, and a plain-text alternative with the same words and the bare link. Pure, so it is
 * unit-tested without a server.
 */
export type MailBrand = {
  name: string;
  primaryColor: string;
  primaryContrast: string;
  supportEmail: string | null;
  supportPhone: string | null;
};

export type MailContent = {
  subject: string;
  /** Paragraphs before the link. */
  intro: string[];
  link: { url: string; label: string };
  /** Paragraphs after the link (expiry, "ignore this if…"). */
  outro: string[];
};

export type RenderedMail = { subject: string; text: string; html: string };

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

// Only #rrggbb reaches a style attribute: the brand colour is validated on save, but mail
// HTML is a second place where a bad value would be injected.
const safeColor = (c: string, fallback: string) => (/^#[0-9a-fA-F]{6}$/.test(c) ? c : fallback);

function supportLine(brand: MailBrand): string | null {
  const ways = [brand.supportEmail, brand.supportPhone].filter(Boolean);
  return ways.length > 0 ? `Questions? Contact ${brand.name} at ${ways.join(' or ')}.` : null;
}

export function renderMail(brand: MailBrand, content: MailContent): RenderedMail {
  const support = supportLine(brand);
  const text = [
    ...content.intro,
    `${content.link.label}: ${content.link.url}`,
    ...content.outro,
    ...(support ? [support] : []),
    `— ${brand.name}`,
  ].join('\n\n');

  const bg = safeColor(brand.primaryColor, '#1d4ed8');
  const fg = safeColor(brand.primaryContrast, '#ffffff');
  const p = (s: string) => `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(s)}</p>`;
  const url = escapeHtml(content.link.url);
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f4f5;font-family:system-ui,-apple-system,Segoe UI,sans-serif;color:#18181b">
<table role="presentation" width="100%" style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;border-collapse:collapse">
<tr><td style="padding:16px 24px;background:${bg};color:${fg};font-weight:600;font-size:18px;border-radius:8px 8px 0 0">${escapeHtml(brand.name)}</td></tr>
<tr><td style="padding:24px">
${content.intro.map(p).join('\n')}
<p style="margin:0 0 16px"><a href="${url}" style="display:inline-block;padding:10px 16px;background:${bg};color:${fg};border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(content.link.label)}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#52525b;word-break:break-all">Or open this link: <a href="${url}">${url}</a></p>
${content.outro.map(p).join('\n')}
${support ? p(support) : ''}
</td></tr></table>
</body></html>`;
  return { subject: content.subject, text, html };
}
