import { describe, expect, it, vi } from 'vitest';
import type { Draft } from './drafts';

// No upstream and no database: a staff accept must be refused before either is touched.
const call = vi.fn();
vi.mock('@/lib/partner-api', () => ({ partnerApi: () => ({ call }) }));
vi.mock('./drafts', () => ({ updateDraft: vi.fn(), createDraft: vi.fn() }));
vi.mock('./complete', () => ({ completeOnboarding: vi.fn() }));

const { runOp, STAFF_CANNOT_SIGN } = await import('./wizard');

const reviewed = {
  id: 'd1',
  request_id: 'r1',
  temp_client_id: 't1',
  otp_verified: 1,
  pan_masked: 'XXXXX1234X',
  aadhaar_ref: null,
  aadhaar_verified: 1,
  gst_num: null,
  gst_skipped: 1,
  reviewed: 1,
  client_id: null,
  password_hash: null,
  signature_data_url: null,
} as unknown as Draft;

const t = ((k: string) => k) as never;

describe('staff-led onboarding consent', () => {
  it('refuses to accept the terms when staff run the step', async () => {
    await expect(
      runOp('accept', reviewed, { terms: 'on', signature: '' }, { t, locale: 'en', staffUserId: 'u-staff' }),
    ).rejects.toThrow(STAFF_CANNOT_SIGN);
    expect(call).not.toHaveBeenCalled();
  });

  it('registers without a password from staff, and never stores one they chose', async () => {
    call.mockResolvedValueOnce({ request_id: 'r9' });
    const { createDraft } = await import('./drafts');
    vi.mocked(createDraft).mockImplementation(async (f) => f as never);
    await runOp(
      'start',
      null,
      { name: 'Asha', email: 'asha@example.in', mobile: '9876543210', password: 'Staff-typed-1' },
      { t, locale: 'en', staffUserId: 'u-staff' },
    );
    const sent = call.mock.calls[0]?.[1] as { password: string };
    expect(sent.password).not.toBe('Staff-typed-1');
    expect(sent.password.length).toBeGreaterThanOrEqual(20);
    expect(vi.mocked(createDraft).mock.calls[0]?.[0]).toMatchObject({ password_hash: null });
  });
});
