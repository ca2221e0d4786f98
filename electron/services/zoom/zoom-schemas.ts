import { z } from 'zod';

/**
 * Zoom answers that shared/zoom.ts does not cover: the OAuth endpoints and a few REST replies
 * that only the client reads.
 */

/** `POST /oauth/token` success (authorization_code, refresh_token, account_credentials). */
export const ZoomTokenAnswer = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  /** Absent for Server-to-Server OAuth. */
  refresh_token: z.string().min(1).optional(),
  expires_in: z.number().int().positive(),
  scope: z.string().optional(),
});
export type ZoomTokenAnswer = z.infer<typeof ZoomTokenAnswer>;

/** `POST /oauth/token` failure: Zoom answers `{reason, error}` or `{code, message}`. */
export const ZoomTokenError = z.object({
  error: z.string().optional(),
  reason: z.string().optional(),
  error_description: z.string().optional(),
  code: z.number().int().optional(),
  message: z.string().optional(),
});
export type ZoomTokenError = z.infer<typeof ZoomTokenError>;

/** `POST /users` (201). */
export const ZoomCreatedUser = z.object({
  id: z.string().optional(),
  email: z.string(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  type: z.number().int(),
});
export type ZoomCreatedUser = z.infer<typeof ZoomCreatedUser>;

/**
 * `GET /users/{userId}/settings`: a large object whose sections vary by plan and version, so it is
 * kept loose — a record of sections, each an object of settings.
 */
export const ZoomUserSettings = z.record(z.string(), z.unknown());
export type ZoomUserSettings = z.infer<typeof ZoomUserSettings>;

/** `POST /users/{userId}/assistants` (201). */
export const ZoomAssistantsAdded = z.object({
  ids: z.string().optional(),
  add_at: z.string().optional(),
});
export type ZoomAssistantsAdded = z.infer<typeof ZoomAssistantsAdded>;
