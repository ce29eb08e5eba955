'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useRef, useTransition } from 'react';
import { useProgressWhile } from '@/components/ui/progress';

/**
 * The list's search field. Without JavaScript it is a plain input of the GET form; with it,
 * typing updates the URL after a short pause (the server filters and re-renders the page).
 */
export function SearchBox({ defaultValue }: { defaultValue: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [pending, startTransition] = useTransition();
  useProgressWhile(pending);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  function onChange(e: React.ChangeEvent<HTMLInputElement>) {
    const form = e.currentTarget.form;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (!form) return;
      const q = new URLSearchParams();
      for (const [k, v] of new FormData(form).entries()) if (typeof v === 'string' && v !== '') q.set(k, v);
      const qs = q.toString();
      startTransition(() => router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false }));
    }, 300);
  }

  return (
    <div className="space-y-1">
      <label htmlFor="clients-q" className="block text-sm font-medium">
        Search
      </label>
      <input
        id="clients-q"
        name="q"
        type="search"
        defaultValue={defaultValue}
        onChange={onChange}
        maxLength={100}
        autoComplete="off"
        aria-describedby="clients-q-hint"
        aria-busy={pending || undefined}
        className="block w-full rounded-md border border-line bg-surface px-3 py-2 text-sm text-fg placeholder:text-fg-muted"
      />
      <p id="clients-q-hint" className="text-xs text-fg-muted">
        Name, email, mobile or client id
      </p>
    </div>
  );
}
