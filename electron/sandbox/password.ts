/**
 * Zoom's basic password rules, as the activation page enforces them: 8–32 characters, at least one
 * letter and one number, upper and lower case, not one character repeated, no runs like 123456.
 * Returns one plain sentence per broken rule (empty when the password is acceptable).
 */
export function passwordProblems(password: string): string[] {
  const problems: string[] = [];
  if (password.length < 8 || password.length > 32) problems.push('Use 8 to 32 characters.');
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password))
    problems.push('Use at least one letter and at least one number.');
  if (!/[a-z]/.test(password) || !/[A-Z]/.test(password))
    problems.push('Use both upper case and lower case letters.');
  if (password.length > 0 && new Set(password).size === 1)
    problems.push('Do not use only one character over and over (like 11111111).');
  if (hasRun(password, 6)) problems.push('Do not use characters in a row, like 123456 or abcdef.');
  return problems;
}

/** True when `text` holds `length` or more consecutive characters going up or down by one. */
function hasRun(text: string, length: number): boolean {
  let up = 1;
  let down = 1;
  for (let i = 1; i < text.length; i += 1) {
    const step = text.toLowerCase().charCodeAt(i) - text.toLowerCase().charCodeAt(i - 1);
    up = step === 1 ? up + 1 : 1;
    down = step === -1 ? down + 1 : 1;
    if (up >= length || down >= length) return true;
  }
  return false;
}
