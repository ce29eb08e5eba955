import { describe, expect, it } from 'vitest';
import { en } from './en';
import { catalogueTranslator, format } from './format';
import { hi } from './hi';

describe('format and catalogueTranslator', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(format('Step {n} of {total}', { n: 2, total: 9 })).toBe('Step 2 of 9');
    expect(format('Hello {name}', {})).toBe('Hello {name}');
  });

  it('reads the catalogue it is given (no English fallback needed: every catalogue is whole)', () => {
    expect(catalogueTranslator(hi)('lang.switch')).toBe(hi['lang.switch']);
    expect(catalogueTranslator(en)('progress.stepOf', { n: 1, total: 9 })).toBe('Step 1 of 9');
    expect(Object.keys(hi).sort()).toEqual(Object.keys(en).sort());
  });
});
