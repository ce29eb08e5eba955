import 'server-only';

export type BreakerConfig = { failureThreshold: number; cooldownMs: number };
export type BreakerState = 'closed' | 'open' | 'half_open';

/**
 * Consecutive-failure circuit breaker. After `failureThreshold` upstream faults in a row
 * it opens for `cooldownMs` (calls fail fast); then one trial call is let through
 * (half-open): success closes it, another fault reopens it for a full cooldown.
 * Per client instance, so per process: each instance protects itself.
 */
export function createBreaker(config: BreakerConfig, now: () => number) {
  let failures = 0;
  let openUntil = 0;
  let trialInFlight = false;

  function state(): BreakerState {
    if (openUntil === 0) return 'closed';
    return now() < openUntil ? 'open' : 'half_open';
  }

  return {
    state,
    /** Null when the call may proceed; otherwise the milliseconds until it may be tried. */
    acquire(): number | null {
      const s = state();
      if (s === 'closed') return null;
      if (s === 'open') return openUntil - now();
      if (trialInFlight) return Math.max(1000, config.cooldownMs / 10);
      trialInFlight = true;
      return null;
    },
    /** The upstream answered (2xx or a 4xx verdict): it is alive. */
    success(): void {
      failures = 0;
      openUntil = 0;
      trialInFlight = false;
    },
    /** An answer that proves nothing either way (unreadable body): just end the trial. */
    neutral(): void {
      trialInFlight = false;
    },
    /** A 5xx, timeout or network fault. */
    failure(): void {
      failures += 1;
      if (trialInFlight || failures >= config.failureThreshold) openUntil = now() + config.cooldownMs;
      trialInFlight = false;
    },
  };
}

export type Breaker = ReturnType<typeof createBreaker>;
