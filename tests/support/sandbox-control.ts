import { sandboxControlHeader } from '../../electron/sandbox/control-routes';

/** What a test needs to drive a sandbox: where it is, and its per-run control secret. */
export interface SandboxHandle {
  readonly url: string;
  readonly controlSecret: string;
}

/** The headers of a control call (JSON, with the sandbox's secret). */
export function controlHeaders(sandbox: SandboxHandle): Record<string, string> {
  return { 'Content-Type': 'application/json', [sandboxControlHeader]: sandbox.controlSecret };
}

/** Calls one of the sandbox's /_sandbox control endpoints: GET without a body, POST with one. */
export function callSandboxControl(
  sandbox: SandboxHandle,
  path: string,
  body?: unknown,
): Promise<Response> {
  const endpoint = path.startsWith('/_sandbox/') ? path : `/_sandbox/${path.replace(/^\//, '')}`;
  return fetch(`${sandbox.url}${endpoint}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: controlHeaders(sandbox),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}
