'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';

type Match = { id: string; name: string; email: string; mobile: string; active: boolean };
type Status = 'idle' | 'loading' | 'done' | 'error';

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
 * ⌘K / Ctrl+K (or the header button) opens a combobox in a modal <dialog>: type a name,
 * email, mobile or client id; ↑/↓ choose; Enter opens the client. Plain fetch with an
 * AbortController (no query library) keeps this leaf, loaded on every console page, small.
 */
export function JumpToClient() {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const [q, setQ] = useState('');
  const [matches, setMatches] = useState<Match[]>([]);
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState<Status>('idle');

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
      setMatches([]);
      setStatus('idle');
      return;
    }
    const ctrl = new AbortController();
    const t = setTimeout(async () => {
      setStatus('loading');
      try {
        const res = await fetch(`/api/clients/search?q=${encodeURIComponent(term)}`, { signal: ctrl.signal });
        if (!res.ok) throw new Error(String(res.status));
        const body = (await res.json()) as { data: Match[] };
        setMatches(body.data);
        setActive(0);
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

  function go(m: Match | undefined) {
    if (!m) return;
    dialog.current?.close();
    setQ('');
    router.push(`/clients/${encodeURIComponent(m.id)}`);
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (matches.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + matches.length) % matches.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      go(matches[active]);
    }
  }

  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const expanded = matches.length > 0;
  const message =
    status === 'loading'
      ? 'Searching…'
      : status === 'error'
        ? 'Search failed. Try again.'
        : status === 'done'
          ? matches.length === 0
            ? 'No client matches.'
            : `${matches.length} ${matches.length === 1 ? 'match' : 'matches'}. Use the arrow keys, then Enter.`
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
          <label htmlFor={`${id}-input`} className="sr-only">
            Client name, email, mobile or id
          </label>
          <input
            ref={input}
            id={`${id}-input`}
            role="combobox"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={expanded ? optionId(active) : undefined}
            aria-describedby={`${id}-status`}
            autoComplete="off"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onKeyDown={onKeyDown}
            placeholder="Name, email, mobile or client id"
            className="block w-full rounded-md border border-line bg-surface px-3 py-2 text-sm text-fg placeholder:text-fg-muted"
          />
          <p id={`${id}-status`} aria-live="polite" className="mt-2 text-xs text-fg-muted">
            {message}
          </p>
          {expanded ? (
            <div id={listId} role="listbox" aria-label="Matching clients" className="mt-2 max-h-80 overflow-y-auto">
              {matches.map((m, i) => (
                // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keyboard (aria-activedescendant)
                <div
                  key={m.id}
                  id={optionId(i)}
                  role="option"
                  tabIndex={-1}
                  aria-selected={i === active}
                  onClick={() => go(m)}
                  onMouseMove={() => setActive(i)}
                  className={`cursor-pointer rounded-md px-3 py-2 text-sm ${i === active ? 'bg-brand text-brand-contrast' : ''}`}
                >
                  <span className="block font-medium">{m.name}</span>
                  <span className="block text-xs opacity-80">
                    {m.id} · {m.email} · {m.mobile}
                    {m.active ? '' : ' · inactive'}
                  </span>
                </div>
              ))}
            </div>
          ) : null}
        </div>
      </dialog>
    </>
  );
}
