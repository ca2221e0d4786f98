import type { SecretStore } from './secret-store';

/** Secrets kept only while the app runs: the last resort, and the store tests use. */
export class MemorySecretStore implements SecretStore {
  readonly backend = 'memory' as const;
  readonly #values = new Map<string, string>();

  /** The value for a key, or null. */
  async get(key: string): Promise<string | null> {
    return this.#values.get(key) ?? null;
  }

  /** Keeps a value until the app quits. */
  async set(key: string, value: string): Promise<void> {
    this.#values.set(key, value);
  }

  /** Forgets a value. */
  async delete(key: string): Promise<void> {
    this.#values.delete(key);
  }
}
