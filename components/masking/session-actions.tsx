'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useActionState, useEffect, useId, useRef, useState } from 'react';
import { Button, buttonClass } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useToastResult } from '@/components/ui/toast';
import { cancelMaskingSession, updateMaskingSession } from '@/lib/masking/actions';
import type { MaskingRecord, MaskingSession } from '@/lib/masking/types';
import { queryKeys } from '@/lib/query-keys';

/** Per-session actions: update TTL or parties and cancel while live; records at any time. */
export function SessionActions({
  clientId,
  session,
  canWrite,
}: {
  clientId: string;
  session: MaskingSession;
  canWrite: boolean;
}) {
  return (
    <div className="flex flex-wrap gap-2">
      {canWrite && session.live ? (
        <>
          <UpdateDialog clientId={clientId} session={session} />
          <CancelButton clientId={clientId} sessionId={session.id} />
        </>
      ) : null}
      <Records clientId={clientId} sessionId={session.id} />
    </div>
  );
}

function useRefetchOn(ok: boolean | undefined, clientId: string) {
  const qc = useQueryClient();
  useEffect(() => {
    if (ok) qc.invalidateQueries({ queryKey: queryKeys.masking.all(clientId) });
  }, [ok, qc, clientId]);
}

function CancelButton({ clientId, sessionId }: { clientId: string; sessionId: string }) {
  const [state, action, pending] = useActionState(cancelMaskingSession, null);
  useToastResult(state);
  useRefetchOn(state?.ok, clientId);
  return (
    <form action={action}>
      <input type="hidden" name="client_id" value={clientId} />
      <input type="hidden" name="session_id" value={sessionId} />
      <Button type="submit" variant="danger" size="tight" disabled={pending} aria-label={`Cancel session ${sessionId}`}>
        {pending ? 'Cancelling…' : 'Cancel'}
      </Button>
    </form>
  );
}

function UpdateDialog({ clientId, session }: { clientId: string; session: MaskingSession }) {
  const [state, action, pending] = useActionState(updateMaskingSession, null);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const id = useId();
  const failed = state && !state.ok ? state : null;
  useToastResult(state);
  useRefetchOn(state?.ok, clientId);
  useEffect(() => {
    if (state?.ok) dialog.current?.close();
  }, [state]);
  return (
    <>
      <button
        ref={opener}
        type="button"
        className={buttonClass('secondary', undefined, 'tight')}
        onClick={() => dialog.current?.showModal()}
        aria-haspopup="dialog"
        aria-label={`Update session ${session.id}`}
      >
        Update
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-t`}
        onClose={() => opener.current?.focus()}
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-line bg-surface p-0 text-fg backdrop:bg-black/50"
      >
        <form action={action} noValidate className="space-y-4 p-4 sm:p-6">
          <h2 id={`${id}-t`} className="text-lg font-semibold">
            Update session {session.id}
          </h2>
          <p className="text-sm text-fg-muted">
            Parties now {session.partyA} and {session.partyB}. A new time to live counts from now. Leave a field empty
            to keep it.
          </p>
          <input type="hidden" name="client_id" value={clientId} />
          <input type="hidden" name="session_id" value={session.id} />
          {/* Own ids: the start form on the same page has fields of these names (default id f-<name>),
              and a label pointing at a duplicate id names the other form's field instead. */}
          <TextField
            id={`${id}-ttl_minutes`}
            name="ttl_minutes"
            label="New time to live (minutes)"
            inputMode="numeric"
            errors={failed?.fieldErrors?.ttl_minutes}
          />
          <TextField
            id={`${id}-party_a`}
            name="party_a"
            label="New party A mobile"
            inputMode="tel"
            autoComplete="off"
            errors={failed?.fieldErrors?.party_a}
          />
          <TextField
            id={`${id}-party_b`}
            name="party_b"
            label="New party B mobile"
            inputMode="tel"
            autoComplete="off"
            errors={failed?.fieldErrors?.party_b}
          />
          <FormStatus state={failed} />
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={() => dialog.current?.close()}>
              Close
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? 'Saving…' : 'Save changes'}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}

/** Records load on demand from the GET route (numbers arrive masked). */
function Records({ clientId, sessionId }: { clientId: string; sessionId: string }) {
  const [rows, setRows] = useState<MaskingRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  async function load() {
    setOpen((o) => !o);
    if (open) return;
    setError(null);
    const res = await fetch(
      `/api/masking/${encodeURIComponent(clientId)}/sessions/${encodeURIComponent(sessionId)}/records`,
      {
        cache: 'no-store',
      },
    );
    const body = (await res.json().catch(() => ({}))) as { data?: MaskingRecord[]; message?: string };
    if (!res.ok || !body.data) setError(body.message ?? 'The records could not be loaded.');
    else setRows(body.data);
  }
  return (
    <div className="w-full">
      <button
        type="button"
        className={buttonClass('secondary', undefined, 'tight')}
        aria-expanded={open}
        onClick={load}
      >
        Records<span className="sr-only"> of session {sessionId}</span>
      </button>
      {open ? (
        <div aria-live="polite" className="mt-2 text-sm">
          {error ? <p className="text-danger">{error}</p> : null}
          {rows ? (
            <ol aria-label={`Records of session ${sessionId}`} className="space-y-1">
              {rows.map((r, i) => (
                <li key={`${r.at}-${i}`} className="font-mono text-xs">
                  {r.at.slice(11, 19)} {r.event}
                  {r.leg ? ` (${r.leg})` : ''}
                  {r.durationS ? `, ${r.durationS} s` : ''}
                </li>
              ))}
            </ol>
          ) : error ? null : (
            <p>Loading…</p>
          )}
        </div>
      ) : null}
    </div>
  );
}
