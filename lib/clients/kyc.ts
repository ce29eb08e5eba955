import { maskPan } from '@/lib/validation';

/**
 * What of upstream's `client/{id}.kyc` may be shown. Its shape is not documented (CONTRACT
 * marks it assumed), so each field is read leniently, and PAN and Aadhaar are masked here
 * again whatever upstream sends: a full PAN becomes "AB•••••34F", Aadhaar keeps its last 4.
 */
export type KycSummary = {
  pan: string | null;
  nameOnPan: string | null;
  businessType: string | null;
  aadhaarLast4: string | null;
  gst: { state: 'verified'; number: string; region: string | null } | { state: 'skipped' } | null;
  signed: boolean | null;
  acceptedAt: string | null;
};

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

function panForDisplay(o: Record<string, unknown>): string | null {
  const masked = str(o.pan_masked);
  // An already-masked value keeps only bullets and the kept characters; anything else is re-masked.
  if (masked && /[•*xX]{3,}/.test(masked) && masked.replace(/[^A-Za-z0-9]/g, '').length <= 5) return masked;
  const raw = masked ?? str(o.pan);
  return raw ? maskPan(raw) : null;
}

function aadhaar(o: Record<string, unknown>): string | null {
  const v = str(o.aadhaar_last4) ?? str(o.aadhar_last4) ?? str(o.aadhaar) ?? str(o.aadhar_num);
  const d = v?.replace(/\D/g, '') ?? '';
  return d.length >= 4 ? d.slice(-4) : null;
}

export function summarizeKyc(kyc: unknown): KycSummary | null {
  if (!kyc || typeof kyc !== 'object' || Array.isArray(kyc)) return null;
  const o = kyc as Record<string, unknown>;
  const gstNum = str(o.gst_num);
  const summary: KycSummary = {
    pan: panForDisplay(o),
    nameOnPan: str(o.name_on_pan),
    businessType: str(o.btype),
    aadhaarLast4: aadhaar(o),
    gst: gstNum
      ? { state: 'verified', number: gstNum, region: str(o.gst_state) }
      : o.gst_skipped === true
        ? { state: 'skipped' }
        : null,
    signed: typeof o.signed === 'boolean' ? o.signed : null,
    acceptedAt: str(o.accepted_at),
  };
  const empty = Object.values(summary).every((v) => v === null);
  return empty ? null : summary;
}
