// Typed errors, caught once at the top (CLI / action) and printed as one line.
// The message is for the user: it says what is wrong and, where possible, what to do.

/** Bad command line or configuration: exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A file that cannot be read, parsed or validated: exit 2. */
export class InputError extends Error {
  override name = 'InputError';
}

/** The native engine could not be loaded or built. */
export class NativeError extends Error {
  override name = 'NativeError';
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
