import { createHash, randomBytes } from 'node:crypto';
import { sandboxClientId } from '../../electron/sandbox/constants';

/** A fresh PKCE code_verifier. */
export const verifier = (): string => randomBytes(48).toString('base64url');
/** Its S256 code_challenge. */
export const challengeOf = (v: string): string =>
  createHash('sha256').update(v).digest('base64url');

export interface TokenAnswer {
  access_token: string;
  token_type: string;
  refresh_token?: string;
  expires_in: number;
  scope: string;
  api_url: string;
}

/** The loopback redirect the tests register (any port works: Zoom ignores it). */
export const redirect = 'http://127.0.0.1:53682/callback';

/** Drives the sandbox's OAuth pages and token endpoint the way a browser and an app would. */
export function oauthDriver(baseUrl: string) {
  const authorizeUrl = (params: Record<string, string>): string => {
    const url = new URL(`${baseUrl}/oauth/authorize`);
    const all = {
      response_type: 'code',
      client_id: sandboxClientId,
      redirect_uri: redirect,
      ...params,
    };
    for (const [k, v] of Object.entries(all)) url.searchParams.set(k, v);
    return url.toString();
  };

  /** Walks the sign-in and consent pages like a person would; returns where Zoom redirects. */
  const signIn = async (options: {
    email: string;
    challenge: string;
    state?: string;
    decision?: 'allow' | 'deny';
  }): Promise<URL> => {
    const page = await fetch(
      authorizeUrl({
        code_challenge: options.challenge,
        code_challenge_method: 'S256',
        state: options.state ?? 'st-1',
      }),
    );
    if (page.status !== 200) throw new Error(`authorize answered ${page.status}`);
    const request = /name="request" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
    const consent = await fetch(`${baseUrl}/oauth/signin`, {
      method: 'POST',
      body: new URLSearchParams({ request, email: options.email }),
    });
    const consentHtml = await consent.text();
    const user = /name="user" value="([^"]+)"/.exec(consentHtml)?.[1];
    if (!user || !consentHtml.includes('Allow')) throw new Error('No consent page.');
    const decision = await fetch(`${baseUrl}/oauth/consent`, {
      method: 'POST',
      body: new URLSearchParams({ request, user, decision: options.decision ?? 'allow' }),
      redirect: 'manual',
    });
    if (decision.status !== 302) throw new Error(`consent answered ${decision.status}`);
    return new URL(decision.headers.get('location') ?? '');
  };

  const token = (form: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(`${baseUrl}/oauth/token`, { method: 'POST', headers, body: new URLSearchParams(form) });

  const codeFor = async (email: string, v: string): Promise<string> =>
    (await signIn({ email, challenge: challengeOf(v) })).searchParams.get('code') ?? '';

  /** Signs a person in and exchanges the code: the tokens an app would hold. */
  const tokensFor = async (
    email: string,
    extra: Record<string, string> = {},
  ): Promise<TokenAnswer> => {
    const v = verifier();
    const code = await codeFor(email, v);
    const answer = await token({
      grant_type: 'authorization_code',
      client_id: sandboxClientId,
      code,
      redirect_uri: redirect,
      code_verifier: v,
      ...extra,
    });
    return (await answer.json()) as TokenAnswer;
  };

  return { authorizeUrl, signIn, token, codeFor, tokensFor };
}
