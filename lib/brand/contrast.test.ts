import { describe, expect, it } from 'vitest';
import { checkBrandContrast, contrastRatio, formatRatio, readableOn } from './contrast';

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(formatRatio(contrastRatio('#1d4ed8', '#ffffff'))).toBe('6.70');
    expect(readableOn('#1d4ed8')).toBe('#ffffff');
    expect(readableOn('#facc15')).toBe('#111827');
  });
  it('passes a strong colour without a message', () => {
    expect(checkBrandContrast('#1d4ed8')).toMatchObject({ level: 'ok', messages: [], text: '#ffffff' });
  });
  it('warns when the best text on the colour is under 4.5:1', () => {
    const c = checkBrandContrast('#808080');
    expect(c.level).toBe('warn');
    expect(c.textRatio).toBeLessThan(4.5);
    expect(c.messages[0]).toMatch(/hard to read \(4\.4\d:1/);
  });
  it('blocks a colour under 3:1 against the page', () => {
    const c = checkBrandContrast('#fde68a');
    expect(c.level).toBe('block');
    expect(c.messages[0]).toMatch(/too light.*at least 3:1/);
    expect(checkBrandContrast('#f5f5f5').level).toBe('block');
  });
  it('rounds down so a failing ratio never reads as passing', () => {
    expect(formatRatio(4.499)).toBe('4.49');
  });
});
