'use client';

import { useEffect, useState } from 'react';

/** Whole seconds left until `until` (ms since epoch), ticking once a second; 0 when past. */
export function useCountdown(until: number | undefined): number {
  const left = () => (until ? Math.max(0, Math.ceil((until - Date.now()) / 1000)) : 0);
  const [s, setS] = useState(left);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `left` only reads `until`
  useEffect(() => {
    setS(left());
    if (!until) return;
    const id = setInterval(() => {
      const v = left();
      setS(v);
      if (v === 0) clearInterval(id);
    }, 1000);
    return () => clearInterval(id);
  }, [until]);
  return s;
}
