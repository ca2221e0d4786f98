/**
 * Where the sandbox may differ from Zoom's 2023 file, each case named and explained. The contract
 * tests apply these; everything else must match the file exactly.
 */

/** A field the sandbox sends that the 2023 file lacks but Zoom's 2025 User API file documents. */
export interface FieldFrom2025 {
  readonly at: ReadonlyArray<string>;
  readonly field: string;
}

export const fieldsFrom2025: Readonly<Record<string, ReadonlyArray<FieldFrom2025>>> = {
  users: [
    { at: ['users', '[]'], field: 'display_name' },
    { at: ['users', '[]'], field: 'user_created_at' },
    { at: ['users', '[]'], field: 'host_key' },
  ],
  user: [
    { at: [], field: 'display_name' },
    { at: [], field: 'user_created_at' },
  ],
};

/** Which alternative of a `oneOf` response the sandbox answers with (the others are options). */
export const chosenAlternative: Readonly<Record<string, number>> = { userSettings: 0 };

/**
 * Zoom's errors that apply to every operation (so no single operation lists them): 124 bad
 * token, 4700 missing scopes, 300 invalid parameters, 429 rate limits.
 */
export const crossCuttingErrors: ReadonlyArray<{ status: number; code: number }> = [
  { status: 401, code: 124 },
  { status: 400, code: 4700 },
  { status: 400, code: 300 },
  { status: 429, code: 429 },
];

/**
 * Codes the sandbox answers that the 2023 file does not list for that operation, each with why.
 * Keep this short: every entry is a guess about Zoom's behaviour.
 */
export const undocumentedErrors: ReadonlyArray<{
  operationId: string;
  status: number;
  code: number;
  why: string;
}> = [
  {
    operationId: 'meetingUpdate',
    status: 400,
    code: 1114,
    why: 'Zoom requires alternative hosts to be Licensed; the 2023 file names no code for it.',
  },
];
