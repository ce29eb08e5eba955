import { describe, expect, it } from 'vitest';
import { breakdownCaption, runwayText, spendCaption } from './captions';

describe('captions say the number that matters', () => {
  it('spend against the 30 days before', () => {
    expect(spendCaption({ currentPaise: 124_000, previousPaise: 110_700, changePct: 12 })).toBe(
      '₹1,240 spent in the last 30 days, 12% more than the 30 before',
    );
    expect(spendCaption({ currentPaise: 5000, previousPaise: 10_000, changePct: -50 })).toBe(
      '₹50 spent in the last 30 days, 50% less than the 30 before',
    );
    expect(spendCaption({ currentPaise: 9900, previousPaise: 0, changePct: null })).toBe(
      '₹99 spent in the last 30 days, nothing in the 30 before',
    );
    expect(spendCaption({ currentPaise: 0, previousPaise: 0, changePct: null })).toBe(
      'Nothing spent in the last 30 days',
    );
  });

  it('runway', () => {
    expect(runwayText({ kind: 'long' })).toBe('More than a year');
    expect(runwayText({ kind: 'empty' })).toBe('None: the balance is used up');
    expect(runwayText({ kind: 'days', days: 23, dailyPaise: 5400 })).toBe('About 23 days at ₹54 a day');
  });

  it('breakdowns lead with the largest share', () => {
    expect(
      breakdownCaption(
        [
          { key: 'Calls', paise: 7500 },
          { key: 'SMS', paise: 2500 },
        ],
        'type',
      ),
    ).toBe('Calls is the largest, ₹75 (75% of ₹100)');
    expect(breakdownCaption([], 'number')).toBe('No spend by number in the last 30 days');
  });
});
