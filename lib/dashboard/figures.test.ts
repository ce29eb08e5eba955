import { describe, expect, it } from 'vitest';
import { ageText, clientFigures, pendingByStage } from './figures';

const DAY = 86_400_000;
const now = Date.UTC(2026, 11, 2, 6, 0);

describe('clientFigures', () => {
  it('counts status, low balance and expiring validity with the portal thresholds', () => {
    const f = clientFigures(
      [
        { active: true, balancePaise: 100, validTillMs: now + 2 * DAY },
        { active: true, balancePaise: 50_000, validTillMs: now + 30 * DAY },
        { active: true, balancePaise: 49_999, validTillMs: now - DAY },
        { active: false, balancePaise: 0, validTillMs: now + DAY },
        { active: true, balancePaise: 60_000, validTillMs: null },
      ],
      { lowBalancePaise: 50_000, validityWarningDays: 7 },
      now,
    );
    expect(f).toEqual({ total: 5, active: 4, inactive: 1, lowBalance: 2, expiring: 1, expired: 1 });
  });
});

describe('pendingByStage', () => {
  it('groups in stage order with the oldest start per stage', () => {
    const out = pendingByStage(
      [
        { stage: 'verify_pan', stageLabel: 'PAN', createdAt: '2026-12-01T00:00:00Z' },
        { stage: 'verify_otp', stageLabel: 'OTP', createdAt: '2026-11-30T00:00:00Z' },
        { stage: 'verify_pan', stageLabel: 'PAN', createdAt: '2026-11-20T00:00:00Z' },
        { stage: 'mystery', stageLabel: 'mystery', createdAt: null },
      ],
      ['verify_otp', 'verify_pan'],
    );
    expect(out.map((s) => [s.stage, s.count])).toEqual([
      ['verify_otp', 1],
      ['verify_pan', 2],
      ['mystery', 1],
    ]);
    expect(out[1].oldestMs).toBe(Date.parse('2026-11-20T00:00:00Z'));
    expect(out[2].oldestMs).toBeNull();
  });
});

describe('ageText', () => {
  it('says ages in minutes, hours, days', () => {
    expect(ageText(now - 5 * 60_000, now)).toBe('5 min');
    expect(ageText(now - 3 * 3_600_000, now)).toBe('3 h');
    expect(ageText(now - 4 * DAY, now)).toBe('4 d');
  });
});
