import 'server-only';
import { UserError } from '@/lib/errors';
import { isPartnerApiError } from '@/lib/partner-api';

/** Upstream 409 names the field when it can; a bare one is about extension or email. */
export function conflictAsFieldErrors(e: unknown): never {
  if (isPartnerApiError(e) && e.status === 409) {
    const fe = e.fieldErrors;
    if (fe.extension || fe.email) throw new UserError('Another agent of this client already has that.', fe);
    throw new UserError('Another agent of this client already has that extension or email.', {
      extension: ['This extension may already be in use'],
      email: ['This email may already be an agent of this client'],
    });
  }
  throw e;
}
