import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CellResult } from '../../../src/core/ports/python-runner';
import { ISOLATION_PROBES } from '../../../src/sandbox/diagnostics/probes';
import type { NodePythonRunner } from '../../../src/sandbox/node/node-python-runner';
import { expectProbeHolds, openProbeRange, type ProbeRange } from '../../support/probe-targets';
import { useTestRunner } from './shared-runner';

// Every probe stands alone: it checks its own error, then the outside world (no request,
// connection or datagram arrived while it ran, the canary file is intact, no marker appeared, the
// result carries no secret), then that the runner answers the next cell.
let range: ProbeRange;
beforeAll(async () => {
  range = await openProbeRange();
  // The proof that the server counts, made here so that any one probe run alone (-t) proves something.
  const before = range.traces();
  expect(await range.control()).toBe('reached');
  expect(range.traces().requests.length).toBe(before.requests.length + 1);
});
afterAll(() => range?.close());

const full = useTestRunner();
// The same sandbox without its network namespace: the JavaScript layers must hold on their own.
const withoutNamespace = useTestRunner({ networkNamespace: false, standby: false });

/** Runs a probe's cells on `runner`. */
const cellsOn = (runner: NodePythonRunner) => (code: string, session: string, timeoutMs: number): Promise<CellResult> => runner.run(code, { session, timeoutMs });

describe('the Node sandbox facing the isolation corpus', () => {
  describe('should refuse each route with its own error and leave the host untouched', () => {
    for (const probe of ISOLATION_PROBES) {
      test(`for ${probe.claim} (${probe.id})`, () => expectProbeHolds(cellsOn(full), probe, 'node', range), 180_000);
    }
  });

  describe('should hold without the network namespace, on the JavaScript layers alone', () => {
    for (const probe of ISOLATION_PROBES.filter((p) => p.capability === 'network' || p.capability === 'code')) {
      test(`for ${probe.claim} (${probe.id})`, () => expectProbeHolds(cellsOn(withoutNamespace), probe, 'node', range), 180_000);
    }
  });

  describe('should run under every protection this machine offers', () => {
    test('for the permission model, no code generation and (on Linux with user namespaces) an empty network namespace', () => {
      expect(full.protections).toEqual(expect.arrayContaining(['permission-model', 'no-code-generation']));
      expect(withoutNamespace.protections).not.toContain('network-namespace');
    });
  });
});
