import { callSandboxControl } from '../support/sandbox-control';
import type { ApiEvent } from '../../shared/api';
import {
  demoServerToServerApp,
  sandboxOrganisation,
  type RateLimitTier,
  type SandboxScenarioName,
} from '../../electron/sandbox/constants';
import { startSandbox, type RunningSandbox } from '../../electron/sandbox/server';
import { EventHub } from '../../electron/services/events';
import { createMemoryLogger } from '../../electron/services/log';
import { MemorySecretStore } from '../../electron/services/secrets/memory-secret-store';
import { PendingSaves } from '../../electron/services/pending-saves';
import { createTeamHandlers, type TeamHandlers } from '../../electron/services/team/team-handlers';
import { ZoomService } from '../../electron/services/zoom-service';
import { demoZoomEnvironment } from '../../electron/services/zoom/environment';
import type { FetchPort } from '../../electron/services/zoom/oauth-endpoints';

/** One request the Zoom client sent: method, path and query, as the sandbox saw them. */
export interface RecordedCall {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  /** The JSON body, parsed (undefined without one). */
  readonly body: unknown;
}

export interface TeamFixture {
  readonly sandbox: RunningSandbox;
  readonly zoom: ZoomService;
  readonly handlers: TeamHandlers;
  /** API calls since the admin connected (OAuth and `/users/me` left out). */
  readonly calls: RecordedCall[];
  readonly events: ApiEvent[];
  readonly notifications: Array<{ title: string; body: string }>;
  /** Replaces the interceptor (null: every request reaches the sandbox). */
  setIntercept(intercept: ((call: RecordedCall) => Response | null) | null): void;
  /** POSTs to a /_sandbox control endpoint. */
  control(path: string, body: unknown): Promise<unknown>;
  close(): Promise<void>;
}

export interface FixtureOptions {
  readonly scenario?: SandboxScenarioName;
  readonly users?: number;
  readonly rateLimits?: RateLimitTier;
  readonly dataDir?: string | null;
  /** Lets a test fail some requests before they reach the sandbox. */
  readonly intercept?: (call: RecordedCall) => Response | null;
}

/**
 * A Zoom sandbox, the real Zoom client connected to it as the organisation's admin (the demo
 * Server-to-Server app), and the team handlers over it, with every API call recorded.
 */
export async function teamFixture(options: FixtureOptions = {}): Promise<TeamFixture> {
  const sandbox = await startSandbox({
    scenario: options.scenario ?? 'nonprofit',
    ...(options.users ? { users: options.users } : {}),
    rateLimits: options.rateLimits ?? 'pro',
  });
  const calls: RecordedCall[] = [];
  let recording = false;
  let intercept = options.intercept ?? null;
  const fetchPort: FetchPort = async (url, init) => {
    const parsed = new URL(url);
    if (recording && parsed.pathname.startsWith('/v2/')) {
      const call = {
        method: init.method ?? 'GET',
        path: decodeURIComponent(parsed.pathname),
        query: parsed.searchParams,
        body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
      };
      calls.push(call);
      const injected = intercept?.(call);
      if (injected) return injected;
    }
    return fetch(url, init);
  };
  const hub = new EventHub();
  const events: ApiEvent[] = [];
  hub.subscribe((e) => events.push(e));
  const log = createMemoryLogger();
  const zoom = new ZoomService({
    environment: demoZoomEnvironment(sandbox.url),
    secrets: new MemorySecretStore(),
    openBrowser: async () => undefined,
    opensInTab: true,
    events: hub,
    log,
    language: () => 'en',
    fetch: fetchPort,
  });
  await zoom.connectAccount({ accountId: sandboxOrganisation.accountId, ...demoServerToServerApp });
  recording = true;
  events.length = 0;
  const notifications: Array<{ title: string; body: string }> = [];
  const saves = new PendingSaves();
  const handlers = createTeamHandlers({
    saves,
    zoom,
    events: hub,
    log,
    now: () => new Date(),
    dataDir: options.dataDir ?? null,
    minimumZoomVersion: () => '6.0.0',
    notify: (title, body) => notifications.push({ title, body }),
  });
  return {
    sandbox,
    zoom,
    handlers,
    calls,
    events,
    notifications,
    setIntercept: (next) => {
      intercept = next;
    },
    control: async (path, body) => {
      const res = await callSandboxControl(sandbox, path, body);
      if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
      return res.json();
    },
    close: async () => {
      zoom.cancelSignIn();
      await saves.flush();
      await sandbox.close();
    },
  };
}

/** A JSON answer as Zoom would send it, for intercepted requests. */
export function zoomAnswer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** The emails the sandbox "sent" to an address (newest first). */
export async function mailbox(
  sandbox: RunningSandbox,
  to: string,
): Promise<Array<{ to: string; invitation_status: string; activation_url: string }>> {
  const res = await fetch(`${sandbox.url}/_sandbox/mailbox.json?to=${encodeURIComponent(to)}`);
  return (
    (await res.json()) as {
      emails: Array<{ to: string; invitation_status: string; activation_url: string }>;
    }
  ).emails;
}
