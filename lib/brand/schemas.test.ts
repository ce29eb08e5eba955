import { describe, expect, it } from 'vitest';
import { brandUpdateSchema } from './schemas';

const base = { name: ' Acme ', primary_color: '#0F766E' };

describe('brandUpdateSchema', () => {
  it('normalises a valid form; empty optional fields are unset', () => {
    const r = brandUpdateSchema.parse({
      ...base,
      support_email: ' Help@Acme.IN ',
      support_phone: '1800 123 4567',
      terms_url: 'https://acme.in/terms',
      privacy_url: '',
      logo: new File([], ''),
    });
    expect(r).toMatchObject({
      name: 'Acme',
      primary_color: '#0f766e',
      support_email: 'help@acme.in',
      remove_logo: false,
    });
    expect(r.support_phone).toMatch(/^\+91 1800/);
    expect(r.privacy_url).toBeUndefined();
    expect(r.logo).toBeUndefined();
  });

  it('refuses http:// and javascript: links, bad phones and emails, and colours under 3:1', () => {
    const r = brandUpdateSchema.safeParse({
      ...base,
      primary_color: '#fde68a',
      support_email: 'not-an-email',
      support_phone: '12345',
      terms_url: 'http://acme.in/terms',
      privacy_url: 'javascript:alert(1)//x.y',
    });
    expect(r.success).toBe(false);
    const paths = r.error?.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['primary_color', 'privacy_url', 'support_email', 'support_phone', 'terms_url']);
  });

  it('requires a name and a #rrggbb colour', () => {
    const r = brandUpdateSchema.safeParse({ name: '  ', primary_color: 'blue' });
    expect(r.error?.issues.map((i) => i.path[0]).sort()).toEqual(['name', 'primary_color']);
  });

  it('reads the remove-logo checkbox', () => {
    expect(brandUpdateSchema.parse({ ...base, remove_logo: 'on' }).remove_logo).toBe(true);
  });
});
