'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { subscribeProgress } from '@/components/ui/progress';

// Fast navigations should not flash a bar.
const SHOW_AFTER_MS = 150;
// If a navigation never lands (offline, cancelled), the bar must not stay forever.
const GIVE_UP_MS = 15_000;

/** An in-app link click that will change the page (not a new tab, a download or a #hash). */
function navigatingLink(e: MouseEvent): boolean {
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return false;
  const a = (e.target as Element | null)?.closest?.('a[href]');
  if (!(a instanceof HTMLAnchorElement) || a.hasAttribute('download')) return false;
  if (a.target && a.target !== '_self') return false;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin) return false;
  return url.pathname !== location.pathname || url.search !== location.search;
}

/**
 * A thin bar at the top of the shell while a page is on its way (link clicks, GET forms) or an
 * action runs (`startProgress` / `useProgressWhile`). A click's share ends when the URL has
 * changed and the page's area shows something; an area's loading skeleton holds the bar until
 * the page replaces it. CSS in
 * app/globals.css (`.top-progress`); under prefers-reduced-motion it is a still bar.
 */
export function TopProgress() {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const [navigating, setNavigating] = useState(false);
  const [busy, setBusy] = useState(0);
  const [visible, setVisible] = useState(false);

  useEffect(() => subscribeProgress(setBusy), []);

  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      if (navigatingLink(e)) setNavigating(true);
    };
    const onSubmit = (e: SubmitEvent) => {
      const form = e.target as HTMLFormElement;
      if (!e.defaultPrevented && form.method.toLowerCase() === 'get') setNavigating(true);
    };
    document.addEventListener('click', onClick);
    document.addEventListener('submit', onSubmit);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('submit', onSubmit);
    };
  }, []);

  // The new page has arrived: the URL changed AND the page's area shows something. A client
  // navigation may commit the new URL with an empty <main> (the route was only partly
  // prefetched: its layouts are known, its skeleton not yet) while the page is still on its
  // way; the bar stays up until something is there (a skeleton then holds it, see PageSkeleton).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs because the URL changed
  useEffect(() => {
    const main = document.getElementById('content');
    const shows = (el: HTMLElement) => (el.textContent ?? '').trim() !== '';
    if (!main || shows(main)) {
      setNavigating(false);
      return;
    }
    const watch = new MutationObserver(() => {
      if (!shows(main)) return;
      watch.disconnect();
      setNavigating(false);
    });
    watch.observe(main, { childList: true, subtree: true, characterData: true });
    return () => watch.disconnect();
  }, [pathname, search]);

  const active = navigating || busy > 0;
  useEffect(() => {
    if (!active) {
      setVisible(false);
      return;
    }
    const show = setTimeout(() => setVisible(true), SHOW_AFTER_MS);
    const giveUp = setTimeout(() => setNavigating(false), GIVE_UP_MS);
    return () => {
      clearTimeout(show);
      clearTimeout(giveUp);
    };
  }, [active]);

  if (!visible) return null;
  return (
    <div className="pointer-events-none fixed inset-x-0 top-0 z-50 h-1">
      <div role="progressbar" aria-label="Loading" className="top-progress h-full bg-brand" />
    </div>
  );
}
