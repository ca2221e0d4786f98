/**
 * A meeting ID as people read it aloud: in groups, the way Zoom prints it in its invitations
 * ("Meeting ID: 333 005 7414" for a 10-digit ID, "987 6543 2100" for 11 digits, "123 456 789"
 * for 9). Other lengths go in threes. Anything that is not digits is shown as it came.
 */
export function groupMeetingId(id: string): string {
  const digits = meetingIdDigits(id);
  if (digits === '' || digits.length !== id.replace(/\s/g, '').length) return id;
  const sizes: Readonly<Record<number, ReadonlyArray<number>>> = {
    9: [3, 3, 3],
    10: [3, 3, 4],
    11: [3, 4, 4],
  };
  const groups: string[] = [];
  let at = 0;
  for (const size of sizes[digits.length] ?? []) {
    groups.push(digits.slice(at, at + size));
    at += size;
  }
  while (at < digits.length) {
    groups.push(digits.slice(at, at + 3));
    at += 3;
  }
  return groups.join(' ');
}

/** A meeting ID as it is typed or pasted: digits only, no spaces. */
export function meetingIdDigits(id: string): string {
  return id.replace(/\D/g, '');
}
