/**
 * Where code writes what happened. The type lives here so that the backend's services and the
 * Zoom sandbox, which must not depend on each other, can both take one; tests pass a recording one.
 */
export interface Logger {
  info(message: string, detail?: Record<string, unknown>): void;
  warn(message: string, detail?: Record<string, unknown>): void;
  error(message: string, detail?: Record<string, unknown>): void;
}
