/**
 * What the isolation probes aim at, owned by the test so it can check each one from the outside:
 * an HTTP server that records every request and connection, a UDP socket that records every
 * datagram, a canary file holding a secret, a marker path nothing may create, and an environment
 * variable holding the same secret.
 */
import { randomBytes } from 'node:crypto';
import { createSocket, type Socket } from 'node:dgram';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { CellResult } from '../../src/core/ports/python-runner';
import { checkLiveness, runProbe, type IsolationProbe, type ProbeCellRunner, type ProbeRuntime, type ProbeTargets } from '../../src/sandbox/diagnostics/probes';

/** Everything a probe could have touched, counted. */
export interface Traces {
  requests: string[];
  connections: number;
  datagrams: number;
}

/** The live targets and their checks. */
export interface ProbeRange {
  targets: ProbeTargets;
  secret: string;
  /** What has arrived so far (a copy). */
  traces(): Traces;
  /** A request from this process, which proves the server counts (returns its body). */
  control(): Promise<string>;
  /** The canary file still holds the secret and the marker does not exist. */
  hostUntouched(): boolean;
  /** The result does not carry the secret anywhere. */
  leaks(result: CellResult): boolean;
  close(): Promise<void>;
}

/** Starts the servers, writes the canary and sets the secret variable in this process's environment. */
export async function openProbeRange(): Promise<ProbeRange> {
  const secret = `lce-canary-${randomBytes(12).toString('hex')}`;
  const dir = mkdtempSync(join(tmpdir(), 'lce-probe-'));
  const canary = join(dir, 'canary.txt');
  writeFileSync(canary, secret);
  const marker = join(dir, 'marker');
  const secretName = 'LCE_PROBE_SECRET';
  process.env[secretName] = secret;
  const traces: Traces = { requests: [], connections: 0, datagrams: 0 };
  const server: Server = createServer((req, res) => {
    traces.requests.push(req.url ?? '');
    res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin', 'Content-Type': 'text/plain' });
    res.end('reached');
  });
  server.on('connection', () => void traces.connections++);
  // WebSocket upgrades count as requests too.
  server.on('upgrade', (req, socket) => {
    traces.requests.push(req.url ?? '');
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const udp: Socket = createSocket('udp4');
  udp.on('message', () => void traces.datagrams++);
  await new Promise<void>((resolve) => udp.bind(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const targets: ProbeTargets = { url: `http://127.0.0.1:${port}`, host: '127.0.0.1', port, udpPort: udp.address().port, canary, dir, marker, secretName };
  return {
    targets,
    secret,
    traces: () => ({ requests: [...traces.requests], connections: traces.connections, datagrams: traces.datagrams }),
    control: async () => {
      // A fresh connection (no keep-alive) so the count moves by exactly one.
      const res = await fetch(`${targets.url}/control`, { headers: { connection: 'close' } });
      return res.text();
    },
    hostUntouched: () => readFileSync(canary, 'utf8') === secret && !existsSync(marker),
    leaks: (r) => JSON.stringify(r).includes(secret),
    close: async () => {
      delete process.env[secretName];
      udp.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs `probe` and checks it from the inside (its exact error) and the outside: no request,
 * connection or datagram arrived while it ran, the canary is intact, no marker appeared, the result
 * carries no secret, and the runner answers the next cell.
 */
export async function expectProbeHolds(run: ProbeCellRunner, probe: IsolationProbe, runtime: ProbeRuntime, range: ProbeRange): Promise<void> {
  const before = range.traces();
  const outcome = await runProbe(run, probe, runtime, range.targets);
  expect(outcome.got, outcome.detail).toBe(outcome.expected);
  expect(outcome.ok, outcome.detail).toBe(true);
  // A round trip through the runner before the counters are read: a request the probe started has had its chance.
  const alive = await checkLiveness(run, probe);
  expect(alive.ok, JSON.stringify(alive.result)).toBe(true);
  const after = range.traces();
  expect(after.requests.slice(before.requests.length)).toEqual([]);
  expect(after.connections - before.connections).toBe(0);
  expect(after.datagrams - before.datagrams).toBe(0);
  expect(range.hostUntouched()).toBe(true);
  expect(range.leaks(outcome.result)).toBe(false);
}
