/** Numbers of a version such as "6.2.5.1234(mac)" or "5.17.11 (34827)": [6, 2, 5, 1234]. */
export function versionParts(version: string): ReadonlyArray<number> {
  const match = /\d+(?:\.\d+)*/.exec(version);
  return match ? match[0].split('.').map(Number) : [];
}

/** Compares two versions number by number: negative when a is older, 0 when equal, positive when newer. */
export function compareVersions(a: string, b: string): number {
  const pa = versionParts(a);
  const pb = versionParts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
