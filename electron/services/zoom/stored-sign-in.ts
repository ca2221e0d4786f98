import { z } from 'zod';
import type { Logger } from '../log';
import type { SecretStore } from '../secrets/secret-store';
import { environmentKey, type ZoomEnvironment } from './environment';
import type { AccountCredentials } from './oauth-endpoints';

const StoredCredentials = z.object({
  accountId: z.string().min(1),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
});

/**
 * What survives a restart, in the SecretStore, per environment (a demo token is never offered to
 * real Zoom): the OAuth refresh token, or the three Server-to-Server values kept as one secret.
 */
export class StoredSignIn {
  readonly #secrets: SecretStore;
  readonly #log: Logger;
  readonly #refreshKey: string;
  readonly #accountKey: string;

  constructor(secrets: SecretStore, environment: ZoomEnvironment, log: Logger) {
    this.#secrets = secrets;
    this.#log = log;
    const prefix = `zoom:${environmentKey(environment)}`;
    this.#refreshKey = `${prefix}:refresh-token`;
    this.#accountKey = `${prefix}:account-credentials`;
  }

  /** The stored refresh token, or null. */
  loadRefreshToken(): Promise<string | null> {
    return this.#secrets.get(this.#refreshKey);
  }

  /** Saves the refresh token; a failing keychain is logged, not fatal (sign in again next time). */
  async saveRefreshToken(refreshToken: string): Promise<void> {
    try {
      await this.#secrets.set(this.#refreshKey, refreshToken);
    } catch (error) {
      this.#log.error('Could not save the Zoom sign-in', { reason: String(error).slice(0, 200) });
    }
  }

  /** Forgets the refresh token. */
  clearRefreshToken(): Promise<void> {
    return this.#secrets.delete(this.#refreshKey);
  }

  /** The stored Server-to-Server credentials, or null when none (or unreadable). */
  async loadAccount(): Promise<AccountCredentials | null> {
    const text = await this.#secrets.get(this.#accountKey);
    if (!text) return null;
    try {
      const parsed = StoredCredentials.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** Keeps the Server-to-Server credentials for the next start. */
  async saveAccount(credentials: AccountCredentials): Promise<void> {
    const { accountId, clientId, clientSecret } = credentials;
    await this.#secrets.set(
      this.#accountKey,
      JSON.stringify({ accountId, clientId, clientSecret }),
    );
  }

  /** Forgets the Server-to-Server credentials. */
  clearAccount(): Promise<void> {
    return this.#secrets.delete(this.#accountKey);
  }

  /** Forgets everything; logged, never thrown, so signing out always completes. */
  async clearAll(): Promise<void> {
    try {
      await this.clearRefreshToken();
      await this.clearAccount();
    } catch (error) {
      this.#log.error('Could not delete the stored Zoom sign-in', {
        reason: String(error).slice(0, 200),
      });
    }
  }
}
