/**
 * A short-lived value shared by every request of this process: within `ttlMs` all readers
 * get the same value, concurrent misses share ONE load (single-flight), and `invalidate()`
 * makes the next read load again. A load that was already running when `invalidate()` was
 * called is not stored (it may have read the state before the change), though readers
 * waiting on it still get its answer. Failed loads are not cached.
 *
 * Stale-while-revalidate: for `staleMs` after the TTL, readers get the old value at once
 * while one background load refreshes it, so no request waits on a slow upstream just
 * because the TTL ran out. Never after `invalidate()`: a change must be seen at once.
 */
export type SharedCache<T> = {
  get(): Promise<T>;
  invalidate(): void;
  /** Age of the stored value in ms, or null when nothing usable is stored (for tests and logs). */
  age(): number | null;
};

export function createSharedCache<T>(opts: {
  ttlMs: number;
  staleMs?: number;
  load: () => Promise<T>;
  now?: () => number;
  onBackgroundError?: (err: unknown) => void;
}): SharedCache<T> {
  const now = opts.now ?? Date.now;
  const staleMs = opts.staleMs ?? 0;
  let value: { v: T; at: number } | null = null;
  let inflight: { p: Promise<T>; generation: number } | null = null;
  let generation = 0;

  function load(): Promise<T> {
    if (inflight && inflight.generation === generation) return inflight.p;
    const gen = generation;
    const started = now();
    const p = opts.load().then(
      (v) => {
        if (gen === generation) value = { v, at: started };
        if (inflight?.p === p) inflight = null;
        return v;
      },
      (err: unknown) => {
        if (inflight?.p === p) inflight = null;
        throw err;
      },
    );
    inflight = { p, generation: gen };
    return p;
  }

  return {
    get() {
      const age = value ? now() - value.at : Number.POSITIVE_INFINITY;
      if (value && age < opts.ttlMs) return Promise.resolve(value.v);
      if (value && age < opts.ttlMs + staleMs) {
        load().catch((err) => opts.onBackgroundError?.(err));
        return Promise.resolve(value.v);
      }
      return load();
    },
    invalidate() {
      generation += 1;
      value = null;
    },
    age() {
      return value && now() - value.at < opts.ttlMs + staleMs ? now() - value.at : null;
    },
  };
}

/**
 * One instance per process even when Next bundles this module into several route chunks:
 * the registry lives on globalThis under a private symbol.
 */
const REGISTRY = Symbol.for('reseller-portal.shared-caches');
type Registry = Map<string, SharedCache<unknown>>;

export function sharedCache<T>(key: string, make: () => SharedCache<T>): SharedCache<T> {
  const g = globalThis as unknown as { [REGISTRY]?: Registry };
  g[REGISTRY] ??= new Map();
  let c = g[REGISTRY].get(key) as SharedCache<T> | undefined;
  if (!c) {
    c = make();
    g[REGISTRY].set(key, c as SharedCache<unknown>);
  }
  return c;
}
