import type { z } from 'zod';

/**
 * The dashboard's calls and events (team readiness and the admin's fixes). Kept beside the main
 * contract so the two grow without stepping on each other; `shared/api.ts` merges them in.
 */
export const teamCalls = {} as const satisfies Record<
  string,
  { args: z.ZodType; result: z.ZodType }
>;

/** Events the team service pushes (refresh progress, "everyone is ready"). */
export const teamEvents = {} as const satisfies Record<string, z.ZodType>;
