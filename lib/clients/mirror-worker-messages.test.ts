import { describe, expect, it } from 'vitest';
import { insideNextServer } from '@/lib/env';
import type { PartnerClient } from '@/lib/partner-api';
import { PartnerApiError } from '@/lib/partner-api/errors';
import { loadOffThread } from './mirror-thread';
import { fromSent, toSent } from './mirror-worker-messages';

/** A refresh failure on the worker thread reaches the page as the same error it would in-thread. */
describe('clients mirror refresh worker messages', () => {
  it('brings a PartnerApiError across threads with what pages read from it', () => {
    const err = new PartnerApiError({
      endpoint: 'clients',
      kind: 'http',
      status: 503,
      upstreamMessage: 'maintenance',
      retryable: true,
      requestId: 'req-1',
      details: { retry_after_s: 30 },
    });
    // What postMessage does to it: a structured clone.
    const back = fromSent(structuredClone(toSent(err)));
    expect(back).toBeInstanceOf(PartnerApiError);
    const p = back as PartnerApiError;
    expect([p.endpoint, p.kind, p.status, p.upstreamMessage, p.retryable, p.requestId]).toEqual([
      'clients',
      'http',
      503,
      'maintenance',
      true,
      'req-1',
    ]);
    expect(p.details).toEqual({ retry_after_s: 30 });
    expect(p.userMessage).toBe(err.userMessage);
    expect(p.message).toBe(err.message);
  });

  it('keeps any other failure as a plain error with its message', () => {
    const back = fromSent(structuredClone(toSent(new TypeError('SQLITE_BUSY: database is locked'))));
    expect(back).not.toBeInstanceOf(PartnerApiError);
    expect(back.message).toBe('clients mirror refresh failed: SQLITE_BUSY: database is locked');
    expect(fromSent(toSent('odd')).message).toBe('clients mirror refresh failed: odd');
  });

  it('is not used outside the Next server: the caller loads in its own thread', async () => {
    expect(insideNextServer()).toBe(false);
    const fake = { call: async () => [], breakerState: () => 'closed' } as unknown as PartnerClient;
    await expect(loadOffThread(fake, 1)).resolves.toBe(false);
  });
});
