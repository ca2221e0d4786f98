import { randomBytes, timingSafeEqual } from 'node:crypto';
import type http from 'node:http';

/**
 * Who may use the browser host. Anyone on this computer can reach 127.0.0.1, so the page (and the
 * API token inside it) goes only to the browser that opened the address ReadyRoom printed: that
 * address carries a one-time code, exchanged on first load for an HttpOnly, SameSite=Strict
 * cookie. Another local user who sends `GET /` gets a page that says how to open ReadyRoom.
 */
export interface LaunchCodes {
  /** A fresh one-time code for the address to open. */
  issue(): string;
  /** Spends a code: the cookie to set, or null when the code is unknown or already used. */
  redeem(code: string): string | null;
  /** Whether the request carries the cookie of a browser that redeemed a code. */
  admits(req: http.IncomingMessage): boolean;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieValue(req: http.IncomingMessage, name: string): string | null {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/** The launch codes and sessions of one host; `port` names the cookie (cookies ignore ports). */
export function createLaunchCodes(port: number): LaunchCodes {
  const name = `readyroom_${port}`;
  const pending = new Set<string>();
  const sessions = new Set<string>();
  const random = () => randomBytes(24).toString('base64url');
  return {
    issue() {
      const code = random();
      pending.add(code);
      return code;
    },
    redeem(code) {
      const match = [...pending].find((candidate) => same(candidate, code));
      if (!match) return null;
      pending.delete(match);
      const session = random();
      sessions.add(session);
      return `${name}=${session}; HttpOnly; SameSite=Strict; Path=/`;
    },
    admits(req) {
      const given = cookieValue(req, name);
      return given !== null && [...sessions].some((session) => same(session, given));
    },
  };
}
