/**
 * A short-lived value shared by every request of this process: within `ttlMs` all readers
 * get the same value, concurrent misses share ONE load (single-flight), and `invalidate()`
 * makes the next read load again. A load that was already running when `invalidate()` was
 * called is not stored (it may have read the state before the change), though readers
 * waiting on it still get its answer. Failed loads are not cached.
 */
export type SharedCache<T> = {
  get(): Promise<T>;
  invalidate(): void;
  /** Age of the stored value in ms, or null when nothing fresh is stored (for tests and logs). */
  age(): number | null;
};

export function createSharedCache<T>(opts: { ttlMs: number; load: () => Promise<T>; now?: () => number }): SharedCache<T> {
  const now = opts.now ?? Date.now;
  let value: { v: T; at: number } | null = null;
  let inflight: { p: Promise<T>; generation: number } | null = null;
  let generation = 0;

  const fresh = () => value !== null && now() - value.at < opts.ttlMs;

  return {
    get() {
      if (fresh()) return Promise.resolve((value as { v: T }).v);
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
    },
    invalidate() {
      generation += 1;
      value = null;
    },
    age() {
      return fresh() && value ? now() - value.at : null;
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
