import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { demoAppClientIdPrefix } from '../../shared/demo-apps';
import { z } from 'zod';

/**
 * The sandbox's stand-in for the Zoom App Marketplace's app pages: apps an admin "builds", each
 * with the settings Zoom's pages have (docs/zoom-app-setup.md): the kind of app, "Use Public
 * Client OAuth", the OAuth redirect URL / allow list, the scopes it asks for, and whether it is
 * activated. The sandbox's OAuth and API answer for each app as Zoom does for that configuration.
 * The built-in demo app (constants.sandboxClientId) is not in this registry: it keeps the
 * demo's simple behaviour (a member gets member scopes, an admin admin scopes).
 */
export const SandboxAppType = z.enum(['user-managed', 'admin-managed', 'server-to-server']);
export type SandboxAppType = z.infer<typeof SandboxAppType>;

const Scope = z.string().regex(/^[a-z_]+(?::[a-z_]+){1,3}$/);
const Redirect = z.url().max(300);

export const SandboxAppConfig = z
  .object({
    type: SandboxAppType,
    /** "Use Public Client OAuth": the token request needs no client secret (PKCE instead). */
    publicClient: z.boolean(),
    /** The OAuth redirect URL and allow list, e.g. http://127.0.0.1/callback. */
    redirectAllowList: z.array(Redirect).max(20),
    /** What the app asks for: classic (user:read:admin) or granular (user:read:user:admin). */
    scopes: z.array(Scope).max(60),
    /** Server-to-Server apps must be activated; general apps can be turned off. */
    activated: z.boolean(),
  })
  .strict();
export type SandboxAppConfig = z.infer<typeof SandboxAppConfig>;

export interface SandboxApp extends SandboxAppConfig {
  readonly clientId: string;
  readonly clientSecret: string;
  /** The account that built the app; an unpublished app serves that account's users only. */
  readonly accountId: string;
}

const StoredApp = SandboxAppConfig.extend({
  clientId: z.string().startsWith(demoAppClientIdPrefix).max(100),
  clientSecret: z.string().max(100),
  accountId: z.string().max(100),
});

/**
 * The apps built in this sandbox (cleared by a reset). Demo mode keeps them in a file of the
 * person's data folder (`file`), so an app made on the demo Marketplace still works after a
 * restart, as a real Zoom app would; a test's sandbox keeps them in memory only.
 */
export class SandboxAppRegistry {
  readonly #apps = new Map<string, SandboxApp>();

  constructor(private readonly file: string | null = null) {
    if (!file) return;
    try {
      const stored = z.array(StoredApp).safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
      for (const app of stored.success ? stored.data : []) this.#apps.set(app.clientId, app);
    } catch {
      // No file yet (or an unreadable one): the demo Marketplace starts with no apps.
    }
  }

  #save(): void {
    if (!this.file) return;
    try {
      fs.writeFileSync(this.file, `${JSON.stringify([...this.#apps.values()], null, 2)}\n`, {
        mode: 0o600,
      });
    } catch {
      // The apps still work for this run; only keeping them for the next one failed.
    }
  }

  /** Forgets every app (a reset of the sandbox). */
  clear(): void {
    this.#apps.clear();
    this.#save();
  }

  /** "Build App": a new app with its credentials. */
  create(accountId: string, config: SandboxAppConfig): SandboxApp {
    const app: SandboxApp = {
      ...config,
      clientId: `${demoAppClientIdPrefix}${randomBytes(9).toString('base64url')}`,
      clientSecret: randomBytes(24).toString('base64url'),
      accountId,
    };
    this.#apps.set(app.clientId, app);
    this.#save();
    return app;
  }

  /** Changes some settings of an app, as its pages do; null when there is no such app. */
  update(clientId: string, changes: Partial<SandboxAppConfig>): SandboxApp | null {
    const app = this.#apps.get(clientId);
    if (!app) return null;
    const next = { ...app, ...changes };
    this.#apps.set(clientId, next);
    this.#save();
    return next;
  }

  get(clientId: string | null | undefined): SandboxApp | undefined {
    return clientId ? this.#apps.get(clientId) : undefined;
  }

  list(): SandboxApp[] {
    return [...this.#apps.values()];
  }
}

/** Whether a scope is an admin one (classic "user:read:admin", granular "user:read:user:admin"). */
export function isAdminScope(scope: string): boolean {
  return scope.endsWith(':admin');
}

/** Whether a scope is granular (three or four parts: "user:read:user", "user:read:user:admin"). */
export function isGranularScope(scope: string): boolean {
  const parts = scope.split(':').length;
  return parts === 4 || (parts === 3 && !isAdminScope(scope));
}
