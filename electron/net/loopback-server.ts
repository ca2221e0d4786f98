import type http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the browser host and the Zoom sandbox both need from a small HTTP server on 127.0.0.1: a
 * body reader with a size limit, the Host check that stops DNS rebinding, and start/stop.
 */

/** The request body as text; null when it is larger than `maxBytes` (the rest is not read). */
export async function readBody(
  req: http.IncomingMessage,
  maxBytes: number,
): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > maxBytes) return null;
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Whether the request's Host is our own loopback address. Another web page could reach a loopback
 * server through DNS rebinding (its own name pointing at 127.0.0.1); its Host header gives it away.
 */
export function isOwnHost(req: http.IncomingMessage, port: number): boolean {
  const host = req.headers.host ?? '';
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** The path of a request URL, decoded; null when it holds a malformed percent-escape. */
export function decodedPath(url: URL): string | null {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
}

export interface ListeningServer {
  readonly port: number;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 (port 0: any free port) and gives the port and a close that ends every connection. */
export async function listenOnLoopback(
  server: http.Server,
  port: number,
): Promise<ListeningServer> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Whether an error only says that the other side went away (a closed tab, a cancelled fetch). */
export function isClientGone(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ECONNRESET' || code === 'EPIPE' || code === 'ERR_STREAM_PREMATURE_CLOSE';
}
