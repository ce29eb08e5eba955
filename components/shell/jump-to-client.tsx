'use client';

import { Command } from 'cmdk';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, useTransition } from 'react';
import { ClientMatchLines, type ClientMatchView, moreMatchesHint } from '@/components/clients/client-match';
import { useProgressWhile } from '@/components/ui/progress';

type Status = 'idle' | 'loading' | 'done' | 'error';
type Found = { matches: ClientMatchView[]; total: number };

// Where focus was before the palette opened (the header button or anywhere via Ctrl+K).
let returnFocus: HTMLElement | null = null;

function openDialog(d: HTMLDialogElement | null, i: HTMLInputElement | null) {
  if (!d || d.open) return;
  returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  d.showModal();
  i?.focus();
  i?.select();
}

/**
 * ⌘K / Ctrl+K (or the header button) opens the palette in a modal <dialog> (Escape closes it
 * and focus returns). cmdk gives the combobox, the list and ↑/↓/Enter; the server searches
 * (shouldFilter off), so results are fetched with an AbortController as the person types.
 */
export function JumpToClient() {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Found>({ matches: [], total: 0 });
  const [selected, setSelected] = useState('');
  const [status, setStatus] = useState<Status>('idle');
  const [navigating, startNavigation] = useTransition();
  useProgressWhile(navigating);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.metaKey || e.ctrlKey) && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        openDialog(dialog.current, input.current);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const term = q.trim();
    if (!term) {
      setFound({ matches: [], total: 0 });
      setStatus('idle');
      return;
    }
    const ctrl = new AbortController();
    const t = setTimeout(async () => {
      setStatus('loading');
      try {
        const res = await fetch(`/api/clients/search?q=${encodeURIComponent(term)}`, { signal: ctrl.signal });
        if (!res.ok) throw new Error(String(res.status));
        const body = (await res.json()) as { data: Found };
        setFound(body.data);
        // Results arrive after the keystroke: select the first one so Enter opens it.
        setSelected(body.data.matches[0]?.id ?? '');
        setStatus('done');
      } catch {
        if (!ctrl.signal.aborted) setStatus('error');
      }
    }, 150);
    return () => {
      clearTimeout(t);
      ctrl.abort();
    };
  }, [q]);

  function go(clientId: string) {
    dialog.current?.close();
    setQ('');
    startNavigation(() => router.push(`/clients/${encodeURIComponent(clientId)}`));
  }

  const { matches, total } = found;
  const more = moreMatchesHint(matches.length, total);
  const message =
    status === 'loading'
      ? 'Searching…'
      : status === 'error'
        ? 'Search failed. Try again.'
        : status === 'done'
          ? matches.length === 0
            ? 'No client matches.'
            : `${more ?? `${matches.length} ${matches.length === 1 ? 'match' : 'matches'}.`} Use the arrow keys, then Enter.`
          : 'Type a name, email, mobile or client id.';

  return (
    <>
      <button
        type="button"
        onClick={() => openDialog(dialog.current, input.current)}
        className="rounded-md border border-line px-3 py-1.5 text-sm"
        aria-keyshortcuts="Control+K Meta+K"
      >
        Jump to client <kbd className="ml-1 hidden font-sans text-xs text-fg-muted sm:inline">Ctrl K</kbd>
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        onClose={() => {
          if (returnFocus?.isConnected) returnFocus.focus();
          returnFocus = null;
        }}
        className="mx-auto mt-[10vh] w-[min(36rem,calc(100vw-2rem))] rounded-lg border border-line bg-surface p-0 text-fg backdrop:bg-black/50"
      >
        <div className="p-4">
          <div className="mb-2 flex items-center justify-between gap-2">
            <h2 id={`${id}-title`} className="font-semibold">
              Jump to client
            </h2>
            <button
              type="button"
              onClick={() => dialog.current?.close()}
              className="rounded-md border border-line px-2 py-1 text-sm"
            >
              Close
            </button>
          </div>
          <Command
            label="Client name, email, mobile or id"
            shouldFilter={false}
            value={selected}
            onValueChange={setSelected}
            loop
            // Ctrl+K must not also move the selection (cmdk's vim keys): it is the palette's shortcut.
            vimBindings={false}
          >
            <Command.Input
              ref={input}
              value={q}
              onValueChange={setQ}
              aria-describedby={`${id}-status`}
              autoComplete="off"
              placeholder="Name, email, mobile or client id"
              className="block w-full rounded-md border border-line bg-surface px-3 py-2 text-sm text-fg placeholder:text-fg-muted"
            />
            <p id={`${id}-status`} aria-live="polite" className="mt-2 text-xs text-fg-muted">
              {message}
            </p>
            <Command.List label="Matching clients" className="mt-2 max-h-80 overflow-y-auto">
              {matches.map((m) => (
                <Command.Item
                  key={m.id}
                  value={m.id}
                  onSelect={go}
                  className="cursor-pointer rounded-md px-3 py-2 text-sm data-[selected=true]:bg-brand data-[selected=true]:text-brand-contrast"
                >
                  <ClientMatchLines match={m} />
                </Command.Item>
              ))}
            </Command.List>
          </Command>
          {/* Outside <Command>: its Enter handler would open the selected client instead. */}
          {more && matches.length > 0 ? (
            <a
              href={`/clients?q=${encodeURIComponent(q.trim())}`}
              className="mt-2 inline-block text-sm underline underline-offset-2"
              onClick={() => dialog.current?.close()}
            >
              See all {total.toLocaleString('en-IN')} in the clients list
            </a>
          ) : null}
        </div>
      </dialog>
    </>
  );
}
