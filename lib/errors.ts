/**
 * Errors whose message is meant for the person at the screen. Anything else that escapes
 * an action becomes "Something went wrong" with a reference, and the cause goes to the log.
 */
export class UserError extends Error {
  constructor(
    message: string,
    public readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = 'UserError';
  }
  get userMessage() {
    return this.message;
  }
}

export class ForbiddenError extends UserError {
  constructor(message = 'You do not have permission to do that.') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/**
 * Structural check so lib/partner-api's PartnerApiError (and its input error) count as
 * user-facing without this module importing server-only code.
 */
export function asUserFacing(err: unknown): { message: string; fieldErrors?: Record<string, string[]> } | null {
  if (err instanceof UserError) return { message: err.message, fieldErrors: err.fieldErrors };
  if (err && typeof err === 'object' && 'userMessage' in err && typeof err.userMessage === 'string') {
    const fe = 'fieldErrors' in err ? (err.fieldErrors as Record<string, string[]> | undefined) : undefined;
    return { message: err.userMessage, fieldErrors: fe && Object.keys(fe).length > 0 ? fe : undefined };
  }
  return null;
}
