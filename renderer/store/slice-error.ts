import { errorCodeOf, type ErrorCode } from '../../shared/errors';

/**
 * The one shape of a slice's own failure: the code the UI shows as `errors.<code>`, or null
 * when the slice's last try worked.
 */
export type SliceError = ErrorCode | null;

/** Runs one backend call for a slice and answers the slice's error after it (null: it worked). */
export async function attempt(call: () => Promise<unknown>): Promise<SliceError> {
  try {
    await call();
    return null;
  } catch (error) {
    return errorCodeOf(error);
  }
}
