import { apiCallNames, type ApiEventName, type ReadyRoomTransport } from '../../shared/api';

/**
 * The browser host's transport: each call is `POST /api/<name>` with the per-run token, events
 * arrive over one EventSource. Links the backend approves open in a new tab of this browser.
 */
export function createHttpTransport(token: string, baseUrl = ''): ReadyRoomTransport {
  const calls: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const name of apiCallNames) {
    calls[name] = async (args: unknown) => {
      const response = await fetch(`${baseUrl}/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-ReadyRoom-Token': token },
        body: JSON.stringify(args ?? {}),
      });
      return response.json();
    };
  }
  // The app already runs in the person's browser: links the backend approved, and Zoom's
  // sign-in page, open in a new tab of it.
  const openTabFor = (envelope: unknown): void => {
    const value = (envelope as { ok?: boolean; value?: Record<string, unknown> }).value;
    const url =
      value?.openedBy === 'tab' && typeof value.url === 'string'
        ? value.url
        : typeof value?.openInTab === 'string'
          ? value.openInTab
          : null;
    if (url) window.open(url, '_blank', 'noopener,noreferrer');
  };
  for (const name of ['openExternal', 'startSignIn'] as const) {
    const call = calls[name]!;
    calls[name] = async (args: unknown) => {
      const envelope = await call(args);
      openTabFor(envelope);
      return envelope;
    };
  }

  let source: EventSource | null = null;
  const listeners = new Map<ApiEventName, Set<(payload: unknown) => void>>();
  const ensureSource = (): EventSource => {
    if (source) return source;
    source = new EventSource(`${baseUrl}/api/events?token=${encodeURIComponent(token)}`);
    return source;
  };

  const on = (event: ApiEventName, listener: (payload: unknown) => void) => {
    const es = ensureSource();
    let set = listeners.get(event);
    if (!set) {
      const fresh = new Set<(payload: unknown) => void>();
      listeners.set(event, fresh);
      es.addEventListener(event, (message) => {
        let payload: unknown;
        try {
          payload = JSON.parse((message as MessageEvent<string>).data);
        } catch {
          return;
        }
        for (const l of fresh) l(payload);
      });
      set = fresh;
    }
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  };

  return { ...calls, on } as ReadyRoomTransport;
}
