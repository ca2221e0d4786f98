import { z } from 'zod';

/**
 * The Zoom client ID a copy of ReadyRoom was built with, for an organisation (issue 13 part 5):
 * set `READYROOM_ZOOM_CLIENT_ID` when building (`npm run build:electron`); vite.main.config.ts
 * checks it and writes it into the main bundle. It is a public client ID (no secret goes with it),
 * so it may be built in. The person's own choice (typed, or from an invitation pack) comes first.
 * See README "Building a copy for your organisation" and docs/zoom-app-setup.md.
 */
export const BuiltInZoomClientId = z
  .string()
  .trim()
  .regex(/^[\w.-]{1,100}$/, 'A Zoom client ID is 1 to 100 letters, digits, ".", "_" or "-".');

/** The env variable read at build time (and by the browser host, which is not built). */
export const builtInClientIdVariable = 'READYROOM_ZOOM_CLIENT_ID';

/** Set by vite.main.config.ts `define`; absent when the main code runs unbuilt (tsx, tests). */
declare const __READYROOM_ZOOM_CLIENT_ID__: string | undefined;

/** A checked client ID from raw text, or null for none; throws on a malformed one. */
export function parseBuiltInZoomClientId(raw: string | undefined | null): string | null {
  if (raw === undefined || raw === null || raw.trim() === '') return null;
  return BuiltInZoomClientId.parse(raw);
}

/**
 * The built-in client ID, or null. A built copy uses only what it was built with; unbuilt code
 * (the browser host under tsx) reads the same variable from its environment at start.
 */
export function builtInZoomClientId(env: NodeJS.ProcessEnv = process.env): string | null {
  const baked =
    typeof __READYROOM_ZOOM_CLIENT_ID__ === 'string' ? __READYROOM_ZOOM_CLIENT_ID__ : undefined;
  const raw = baked ?? env[builtInClientIdVariable];
  const parsed = BuiltInZoomClientId.safeParse(raw);
  return raw && parsed.success ? parsed.data : null;
}
