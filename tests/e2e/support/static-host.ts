/**
 * A plain static host for the built app: `sirv` (a maintained static file server) on node:http, on
 * 127.0.0.1 and an ephemeral port. It sends what a static host sends — content type, length, ETag —
 * and none of the custom headers the app would like (no COOP, COEP or CSP), like GitHub Pages or a
 * bucket behind a CDN. The directory it serves can be swapped, to publish a new version.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticHost {
  origin: string;
  /** Serves `dir` from now on (a new deployment). */
  publish(dir: string): void;
  /** Paths requested so far. */
  requests: string[];
  close(): Promise<void>;
}

/** Starts the host serving `dir`. */
export async function startStaticHost(dir: string): Promise<StaticHost> {
  const requests: string[] = [];
  let handler = sirv(dir, { etag: true, dev: true });
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    publish(next) {
      handler = sirv(next, { etag: true, dev: true });
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
