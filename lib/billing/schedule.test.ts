import { afterEach, describe, expect, it, vi } from 'vitest';
import { startSchedule } from './schedule';
import { STALE_MS, summaryDue } from './summary';

const NOW = Date.parse('2026-12-02T10:00:00Z');
const state = (refreshedAt: string | null, refreshing = false) => ({ refreshedAt, refreshing, clients: 0, failed: 0 });

describe('summaryDue', () => {
  it('is due when never computed, older than STALE_MS, or from another month', () => {
    expect(summaryDue(state(null), NOW)).toBe(true);
    expect(summaryDue(state(new Date(NOW - STALE_MS).toISOString()), NOW)).toBe(true);
    expect(summaryDue(state('2026-11-30T23:59:00Z'), Date.parse('2026-12-01T00:01:00Z'))).toBe(true);
  });

  it('is not due when fresh, or while a refresh holds the lease', () => {
    expect(summaryDue(state(new Date(NOW - 60_000).toISOString()), NOW)).toBe(false);
    expect(summaryDue(state(null, true), NOW)).toBe(false);
  });
});

describe('startSchedule', () => {
  afterEach(() => vi.useRealTimers());

  it('ticks every period and never runs two ticks at once', async () => {
    vi.useFakeTimers();
    let release: () => void = () => {};
    const tick = vi.fn(
      () =>
        new Promise<void>((r) => {
          release = r;
        }),
    );
    const stop = startSchedule(tick, 1000);
    await vi.advanceTimersByTimeAsync(999);
    expect(tick).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(tick).toHaveBeenCalledTimes(1);
    // Still running: the next periods are skipped.
    await vi.advanceTimersByTimeAsync(3000);
    expect(tick).toHaveBeenCalledTimes(1);
    release();
    await vi.advanceTimersByTimeAsync(1000);
    expect(tick).toHaveBeenCalledTimes(2);
    stop();
    release();
    await vi.advanceTimersByTimeAsync(5000);
    expect(tick).toHaveBeenCalledTimes(2);
  });

  it('keeps going after a failed tick', async () => {
    vi.useFakeTimers();
    const tick = vi.fn().mockRejectedValueOnce(new Error('upstream down')).mockResolvedValue(undefined);
    const stop = startSchedule(tick, 1000);
    await vi.advanceTimersByTimeAsync(2000);
    expect(tick).toHaveBeenCalledTimes(2);
    stop();
  });
});
