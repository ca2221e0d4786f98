import { randomBytes } from 'node:crypto';

/** A small seeded generator (mulberry32): scenarios come out the same every time. */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: ReadonlyArray<T>): T;
}

/** Creates a deterministic random source from a 32-bit seed. */
export function seededRandom(seed: number): SeededRandom {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: ReadonlyArray<T>): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('Cannot pick from an empty list.');
      return item;
    },
  };
}

const idAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A Zoom-style 22-character user id. */
export function userIdFrom(random: SeededRandom): string {
  let id = '';
  for (let i = 0; i < 22; i += 1) id += idAlphabet[Math.floor(random.next() * 64)];
  return id;
}

/** 2^53: meeting ids above it cannot be held exactly by a JavaScript number. */
export const beyondSafeIntegers = 2n ** 53n;

/**
 * A meeting id above 2^53 and odd (no double above 2^53 is odd), so a client that parses it as a
 * JS number always loses a digit and tests notice.
 */
export function meetingIdFrom(random: SeededRandom): bigint {
  const high = BigInt(random.int(1, 2 ** 20));
  const low = BigInt(random.int(0, 2 ** 30));
  return (beyondSafeIntegers + high * 2n ** 30n + low) | 1n;
}

/** Unguessable token text for codes, tokens and links (never seeded: they are credentials). */
export function secretToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
