/** A real node:http server on a free local port for engine tests; the handler is the test's script. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocalServer {
  baseUrl: string;
  /** Every request received: its headers, and its body parsed as JSON when possible. */
  requests: { method: string; url: string; headers: IncomingMessage['headers']; body: unknown }[];
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, body: unknown, res: ServerResponse) => void | Promise<void>;

/** Starts a server answering with `handler`; its base URL ends with `/v1`. */
export async function startLocalServer(handler: Handler): Promise<LocalServer> {
  const requests: LocalServer['requests'] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      let body: unknown = raw;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        // keep the raw text
      }
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      void Promise.resolve(handler(req, body, res)).catch((err: unknown) => {
        res.statusCode = 599;
        res.end(String(err));
      });
    });
  });
  server.unref();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Writes server-sent events, one `data:` line each, optionally ending with `[DONE]`. */
export function writeSse(res: ServerResponse, events: (string | object)[], end = true): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  for (const e of events) res.write(`data: ${typeof e === 'string' ? e : JSON.stringify(e)}\n\n`);
  if (end) res.end();
}

/** A `text_completion` chunk as llama.cpp and vLLM stream them. */
export function textChunk(text: string, finish: string | null = null, extra: Record<string, unknown> = {}): object {
  return { id: 'cmpl-1', object: 'text_completion', model: 'm', choices: [{ index: 0, text, finish_reason: finish, ...extra }] };
}
