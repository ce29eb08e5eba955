import { describe, expect, it } from 'vitest';
import { createSharedCache, sharedCache } from './cache';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setup(ttlMs = 15_000) {
  let t = 1_000;
  const loads: ReturnType<typeof deferred<number>>[] = [];
  const cache = createSharedCache<number>({
    ttlMs,
    now: () => t,
    load: () => {
      const d = deferred<number>();
      loads.push(d);
      return d.promise;
    },
  });
  return { cache, loads, advance: (ms: number) => (t += ms) };
}

describe('createSharedCache', () => {
  it('serves the stored value within the TTL and loads again after it', async () => {
    const { cache, loads, advance } = setup();
    const first = cache.get();
    loads[0].resolve(1);
    expect(await first).toBe(1);
    advance(14_999);
    expect(await cache.get()).toBe(1);
    expect(loads).toHaveLength(1);
    advance(1);
    const again = cache.get();
    expect(loads).toHaveLength(2);
    loads[1].resolve(2);
    expect(await again).toBe(2);
  });

  it('single-flight: concurrent misses share one load', async () => {
    const { cache, loads } = setup();
    const all = Promise.all([cache.get(), cache.get(), cache.get()]);
    expect(loads).toHaveLength(1);
    loads[0].resolve(7);
    expect(await all).toEqual([7, 7, 7]);
    expect(await cache.get()).toBe(7);
    expect(loads).toHaveLength(1);
  });

  it('invalidate() makes the next read load again', async () => {
    const { cache, loads } = setup();
    const a = cache.get();
    loads[0].resolve(1);
    await a;
    cache.invalidate();
    expect(cache.age()).toBeNull();
    const b = cache.get();
    expect(loads).toHaveLength(2);
    loads[1].resolve(2);
    expect(await b).toBe(2);
  });

  it('a load that started before invalidate() is not stored, and later reads do not join it', async () => {
    const { cache, loads } = setup();
    const stale = cache.get();
    cache.invalidate();
    const fresh = cache.get();
    expect(loads).toHaveLength(2);
    loads[0].resolve(1);
    expect(await stale).toBe(1);
    loads[1].resolve(2);
    expect(await fresh).toBe(2);
    expect(await cache.get()).toBe(2);
    expect(loads).toHaveLength(2);
  });

  it('a failed load is shared by its waiters but not cached', async () => {
    const { cache, loads } = setup();
    const a = cache.get();
    const b = cache.get();
    loads[0].reject(new Error('upstream down'));
    await expect(a).rejects.toThrow('upstream down');
    await expect(b).rejects.toThrow('upstream down');
    const c = cache.get();
    expect(loads).toHaveLength(2);
    loads[1].resolve(3);
    expect(await c).toBe(3);
  });

  it('the TTL counts from when the load started', async () => {
    const { cache, loads, advance } = setup(1_000);
    const a = cache.get();
    advance(600);
    loads[0].resolve(1);
    await a;
    expect(cache.age()).toBe(600);
    advance(400);
    void cache.get();
    expect(loads).toHaveLength(2);
  });
});

describe('sharedCache', () => {
  it('returns the same instance per key for the whole process', () => {
    const make = () => createSharedCache({ ttlMs: 1, load: async () => 1 });
    const a = sharedCache('test-key', make);
    expect(sharedCache('test-key', make)).toBe(a);
    expect(sharedCache('other-key', make)).not.toBe(a);
  });
});

describe('stale-while-revalidate', () => {
  function swr() {
    let t = 0;
    const loads: ReturnType<typeof deferred<number>>[] = [];
    const errors: unknown[] = [];
    const cache = createSharedCache<number>({
      ttlMs: 1_000,
      staleMs: 5_000,
      now: () => t,
      onBackgroundError: (e) => errors.push(e),
      load: () => {
        const d = deferred<number>();
        loads.push(d);
        return d.promise;
      },
    });
    return { cache, loads, errors, advance: (ms: number) => (t += ms) };
  }

  it('after the TTL, serves the old value at once and refreshes once in the background', async () => {
    const { cache, loads, advance } = swr();
    const a = cache.get();
    loads[0].resolve(1);
    await a;
    advance(2_000);
    expect(await cache.get()).toBe(1);
    expect(await cache.get()).toBe(1);
    expect(loads).toHaveLength(2);
    loads[1].resolve(2);
    await loads[1].promise;
    await Promise.resolve();
    expect(await cache.get()).toBe(2);
  });

  it('past the stale window, readers wait for a fresh load', async () => {
    const { cache, loads, advance } = swr();
    const a = cache.get();
    loads[0].resolve(1);
    await a;
    advance(6_000);
    const b = cache.get();
    loads[1].resolve(2);
    expect(await b).toBe(2);
  });

  it('never serves a stale value after invalidate()', async () => {
    const { cache, loads, advance } = swr();
    const a = cache.get();
    loads[0].resolve(1);
    await a;
    advance(2_000);
    cache.invalidate();
    const b = cache.get();
    loads[1].resolve(2);
    expect(await b).toBe(2);
  });

  it('a failed background refresh is reported and the old value is still served', async () => {
    const { cache, loads, errors, advance } = swr();
    const a = cache.get();
    loads[0].resolve(1);
    await a;
    advance(2_000);
    expect(await cache.get()).toBe(1);
    loads[1].reject(new Error('down'));
    await loads[1].promise.catch(() => {});
    await Promise.resolve();
    expect(errors).toHaveLength(1);
    expect(await cache.get()).toBe(1);
    expect(loads).toHaveLength(3);
  });
});
