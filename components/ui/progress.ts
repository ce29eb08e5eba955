'use client';

import { useEffect } from 'react';

/**
 * A tiny counter behind the top progress bar (components/shell/top-progress.tsx): anything
 * that starts work the person waits for calls `startProgress()` and later the returned `done`.
 * Link clicks and GET form submissions are counted by the bar itself; a loading skeleton
 * counts while it is on screen (`ProgressWhileMounted`).
 */
type Listener = (busy: number) => void;
let busy = 0;
const listeners = new Set<Listener>();

function emit() {
  for (const l of listeners) l(busy);
}

export function startProgress(): () => void {
  busy += 1;
  emit();
  let finished = false;
  return () => {
    if (finished) return;
    finished = true;
    busy = Math.max(0, busy - 1);
    emit();
  };
}

export function subscribeProgress(listener: Listener): () => void {
  listeners.add(listener);
  listener(busy);
  return () => {
    listeners.delete(listener);
  };
}

/** Shows the bar while `pending` is true (the flag of useActionState or useTransition). */
export function useProgressWhile(pending: boolean): void {
  useEffect(() => {
    if (!pending) return;
    return startProgress();
  }, [pending]);
}

/**
 * Keeps the bar up while it is mounted: rendered by the loading skeletons, because a client
 * navigation commits the new URL (ending the link click's share of the bar) as soon as the
 * area's skeleton can show, while the page itself is still on its way.
 */
export function ProgressWhileMounted(): null {
  useEffect(() => startProgress(), []);
  return null;
}
