/**
 * Plain-language labels for audit action codes and outcomes ("Opened a pending registration
 * — refused: invalid input"). The code stays available (title / detail) for support and
 * filters. No zod, no server-only: the dashboard, the audit log and the client page use it.
 */
const ACTIONS: Record<string, string> = {
  'account.revoke-session': 'Signed out one of their sessions',
  'account.sign-out-everywhere': 'Signed out everywhere',
  'agents.add': 'Added an agent',
  'agents.change-did': "Changed an agent's caller number",
  'agents.deactivate': 'Deactivated an agent',
  'agents.edit': 'Edited an agent',
  'agents.import': 'Imported agents',
  'agents.import-preview': 'Previewed an agent import',
  'agents.set-availability': "Changed an agent's availability",
  'agents.set-schedule': "Changed an agent's schedule",
  'api.explorer-call': 'Called the partner API from the explorer',
  'api.test-connection': 'Tested the API connection',
  'auth.sign-in': 'Signed in',
  'auth.sign-out': 'Signed out',
  'auth.sign-up': 'Signed up',
  'billing.refresh-summary': 'Refreshed the billing summary',
  'bots.delete': 'Deleted a voice bot',
  'bots.save': 'Saved a voice bot',
  'brand.reset': 'Reset the brand',
  'brand.update': 'Updated the brand',
  'client-users.invite': 'Invited a client user',
  'client-users.set-disabled': 'Enabled or disabled a client user',
  'client-users.withdraw-invite': 'Withdrew a client user invitation',
  'clients.act-as-leave': 'Stopped acting as a client',
  'clients.act-as-start': 'Started acting as a client',
  'clients.update-status': "Changed a client's status",
  'flows.map-did': 'Connected a number to a call flow',
  'flows.save': 'Saved a call flow',
  'numbers.add-holiday': 'Added a holiday to a number',
  'numbers.add-holiday-pack': "Added India's national holidays to a number",
  'numbers.buy': 'Bought a number',
  'numbers.delete-holiday': 'Deleted a holiday from a number',
  'numbers.remove': 'Removed a number',
  'numbers.set-schedule': "Changed a number's schedule",
  'onboarding.hand-off': 'Made a hand-off link for a registration',
  'onboarding.open-pending': 'Opened a pending registration',
  'onboarding.send-resume-link': 'Sent a resume link',
  'onboarding.staff.resume-link': 'Sent a resume link to a client',
  'settings.billing': 'Changed the billing settings',
  'settings.general': 'Changed the general settings',
  'setup.create-owner': 'Created the first owner',
  'signup.start': 'Started a self-signup',
  'signup.verify': 'Verified a self-signup',
  'users.accept-link': 'Accepted an invitation or reset link',
  'users.change-role': "Changed a user's role",
  'users.invite': 'Invited a staff user',
  'users.reset-password': "Reset a user's password",
  'users.set-disabled': 'Enabled or disabled a user',
  'users.sign-out-everywhere': 'Signed a user out everywhere',
  'users.withdraw-invite': 'Withdrew an invitation',
  'wallet.add-credits': 'Added credits',
  'whatsapp.add-holiday': 'Added a holiday to a WhatsApp number',
  'whatsapp.add-holiday-pack': "Added India's national holidays to a WhatsApp number",
  'whatsapp.delete-holiday': 'Deleted a holiday from a WhatsApp number',
  'whatsapp.link': 'Linked a WhatsApp number',
  'whatsapp.set-schedule': "Changed a WhatsApp number's schedule",
  'whatsapp.unlink': 'Unlinked a WhatsApp number',
};

/** The wizard's operations, run by staff as `onboarding.staff.<op>`. */
const ONBOARDING_STEPS: Record<string, string> = {
  start: 'entered the account details',
  verify_otp: 'verified the contact codes',
  resend_otp: 'resent a contact code',
  verify_pan: 'verified the PAN',
  aadhaar_otp: 'requested the Aadhaar code',
  aadhaar_verify: 'verified Aadhaar',
  verify_gst: 'verified the GSTIN',
  skip_gst: 'skipped GST',
  preview: 'previewed the KYC',
  confirm_review: 'confirmed the review',
  accept: 'tried to accept the terms',
};

export const OUTCOME_LABELS: Record<string, string> = {
  ok: 'done',
  denied: 'refused: not allowed',
  invalid: 'refused: invalid input',
  error: 'failed',
  unauthenticated: 'refused: not signed in',
};

/** "Bought a number"; an unknown code becomes a readable phrase rather than staying raw. */
export function actionLabel(code: string): string {
  const known = ACTIONS[code];
  if (known) return known;
  const step = /^onboarding\.staff\.(.+)$/.exec(code)?.[1];
  if (step) return `Onboarding: ${ONBOARDING_STEPS[step] ?? step.replace(/[_-]/g, ' ')}`;
  const [area, ...rest] = code.split('.');
  const verb = rest.join(' ').replace(/[_-]/g, ' ').trim();
  const phrase = verb ? `${verb} (${area})` : area;
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

export function outcomeLabel(outcome: string): string {
  return OUTCOME_LABELS[outcome] ?? outcome;
}

/** "Opened a pending registration — refused: invalid input" ("— done" is left out). */
export function auditSentence(code: string, outcome: string): string {
  const what = actionLabel(code);
  return outcome === 'ok' ? what : `${what} — ${outcomeLabel(outcome)}`;
}

/** Every known action code with its label, for the audit filter's list. */
export function knownActions(): { code: string; label: string }[] {
  return Object.entries(ACTIONS)
    .map(([code, label]) => ({ code, label }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

export type AuditField = { key: string; value: string };

const KEY_LABELS: Record<string, string> = { client_id: 'Client', did_id: 'Number id', draft_id: 'Registration' };

/**
 * The stored (already redacted) input as a key/value list: nested values are flattened with
 * dotted keys, arrays summarised, long values cut. Unreadable JSON is shown as it is.
 */
export function inputFields(json: string | null | undefined, max = 12): AuditField[] {
  if (!json) return [];
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [{ key: 'input', value: json.slice(0, 200) }];
  }
  if (value === null || value === undefined) return [];
  const out: AuditField[] = [];
  const walk = (v: unknown, path: string) => {
    if (out.length >= max) return;
    if (Array.isArray(v)) {
      out.push({ key: path, value: `${v.length} item${v.length === 1 ? '' : 's'}` });
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
    } else {
      const s = v === null ? '—' : String(v);
      out.push({ key: path || 'value', value: s.length > 120 ? `${s.slice(0, 120)}…` : s });
    }
  };
  walk(value, '');
  return out
    .filter((f) => !f.key.startsWith('$'))
    .map((f) => ({ key: KEY_LABELS[f.key] ?? f.key.replace(/_/g, ' '), value: f.value }));
}
