/**
 * GET a defineRoute handler from the browser: its `{data}` on success; otherwise an Error whose
 * message is the handler's user-facing one (401 sign in, 403 permission, 5xx with a reference).
 */
export async function fetchRoute<T>(url: string, init: { signal?: AbortSignal } = {}): Promise<T> {
  const res = await fetch(url, { cache: 'no-store', headers: { Accept: 'application/json' }, signal: init.signal });
  const body = (await res.json().catch(() => null)) as { data?: T; message?: string } | null;
  if (!res.ok || !body || !('data' in body)) throw new Error(body?.message ?? `The server answered ${res.status}.`);
  return body.data as T;
}
