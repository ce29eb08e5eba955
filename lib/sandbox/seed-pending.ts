import type { SandboxDB as DB } from '@/lib/sandbox/schema';
import { gstinCheckChar } from '@/lib/validation';
import { sendOtp } from './otp-store';
import { hashPassword } from './registration-store';

type Ctx = { db: DB; now: () => Date };

const PENDING = ['verify_otp', 'verify_pan', 'aadhar_otp', 'aadhar_verify', 'verify_gst', 'accept_kyc'] as const;
const PENDING_NAMES = [
  'Rao Electricals',
  'Nair Spices',
  'Joshi Tutorials',
  'Banerjee Sweets',
  'Reddy Motors',
  'Kulkarni Clinic',
];

/** One pending registration waiting at each stage (password "Demo-pass-1234"). */
export async function seedPendingRegistrations(ctx: Ctx): Promise<void> {
  const passwordHash = await hashPassword('Demo-pass-1234');
  for (const [i, stage] of PENDING.entries()) {
    const step = PENDING.indexOf(stage);
    const requestId = `req_demo${i + 1}`;
    const name = PENDING_NAMES[i];
    const slug = name.split(' ')[0].toLowerCase();
    const email = `${slug}@example.in`;
    const mobile = `97000${String(10001 + i * 1111).padStart(5, '0')}`;
    const pan = `AAB${'P'}${name[0]}${1230 + i}K`;
    const gst = `27${pan}1Z`;
    const t = new Date(ctx.now().getTime() - (6 - i) * 3_600_000).toISOString();
    await ctx.db
      .insertInto('sbx_registrations')
      .values({
        request_id: requestId,
        temp_client_id: `tmp_demo${i + 1}`,
        name,
        email,
        mobile,
        country_code: '+91',
        password_hash: passwordHash,
        promo: null,
        stage,
        pan: step >= 2 ? pan : null,
        pan_name: step >= 2 ? name.toUpperCase() : null,
        pan_btype: step >= 2 ? 'individual' : null,
        aadhaar_last4: step >= 3 ? '4821' : null,
        aadhaar_name: step >= 4 ? name : null,
        aadhaar_ref: step >= 3 ? `ref_demo${i + 1}` : null,
        gst_num: step >= 5 ? gst + gstinCheckChar(gst) : null,
        gst_legal_name: step >= 5 ? name.toUpperCase() : null,
        gst_state: step >= 5 ? 'Maharashtra' : null,
        gst_skipped: 0,
        signed: 0,
        client_id: null,
        created_at: t,
        updated_at: t,
      })
      .execute();
    // Codes waiting in the inbox, so a demo can carry these registrations on.
    if (stage === 'verify_otp') {
      await sendOtp(ctx, { requestId, purpose: 'registration', channel: 'email', to: email });
      await sendOtp(ctx, { requestId, purpose: 'registration', channel: 'mobile', to: mobile });
    }
    if (stage === 'aadhar_verify') await sendOtp(ctx, { requestId, purpose: 'aadhaar', channel: 'mobile', to: mobile });
  }
}
