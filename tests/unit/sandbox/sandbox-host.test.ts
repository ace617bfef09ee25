import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { hostClient, serveHost } from '../../../src/sandbox/node/host-rpc';
import { channelEndpoint, type MessageCarrier } from '../../../src/sandbox/node/node-endpoint';
import { fetchOnlinePackage, lockClosure, type LockfilePackages } from '../../../src/sandbox/node/online-packages';
import { ZIPS_DIR } from '../../../src/sandbox/node/package-build';
import { createSandboxHost } from '../../../src/sandbox/node/sandbox-host';
import { VENDORED, vendoredFile, zipFileName } from '../../../src/sandbox/runtime/packages';

// The host's side of the sandbox process's requests: every argument comes from a process that may
// run hostile code, so only what the host decides to serve or store gets through.
const host = createSandboxHost({ packagesDir: ZIPS_DIR, onlinePackagesUrl: null, packageCacheDir: null });
const sympy = VENDORED.sympy!;

describe('vendoredFile', () => {
  describe('should name the vendored package a file belongs to', () => {
    test('for the compiled zip and the wheel of a vendored package', () => {
      expect(vendoredFile('zip', zipFileName(sympy))).toBe(sympy);
      expect(vendoredFile('wheel', sympy.wheel)).toBe(sympy);
    });
  });

  describe('should name none, so the sandbox reads nothing', () => {
    test('for a path that climbs out of the package directory', () => {
      expect(vendoredFile('zip', '../../package.json')).toBeUndefined();
      expect(vendoredFile('wheel', '/etc/passwd')).toBeUndefined();
    });

    test('for a file of the other kind', () => {
      expect(vendoredFile('zip', sympy.wheel)).toBeUndefined();
    });
  });
});

describe('the sandbox host', () => {
  describe('should store zips only while a sandbox is starting and holds the build lock', () => {
    test('for a zip offered after start-up, which is dropped', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'lce-host-'));
      try {
        const late = createSandboxHost({ packagesDir: dir, onlinePackagesUrl: null, packageCacheDir: null });
        late.endStartup();
        expect(await late.zipsToBuild()).toEqual([]);
        await late.storeZip('sympy', new Uint8Array([0x50, 0x4b, 3, 4, 0]));
        expect(readdirSync(dir)).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test('for bytes that are not a zip, which are dropped', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'lce-host-'));
      try {
        const starting = createSandboxHost({ packagesDir: dir, onlinePackagesUrl: null, packageCacheDir: null });
        expect(await starting.zipsToBuild()).toEqual(Object.keys(VENDORED).sort());
        await starting.storeZip('sympy', new TextEncoder().encode('#!/bin/sh'));
        await starting.storeZip('../evil', new Uint8Array([0x50, 0x4b, 3, 4]));
        await starting.zipsDone();
        expect(readdirSync(dir)).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('should download only online-only packages', () => {
    test('for a vendored or unknown name', async () => {
      expect(await host.fetchOnlinePackage('sympy')).toMatch(/not an online-only package/);
      expect(await host.fetchOnlinePackage('../../x')).toMatch(/not an online-only package/);
    });
  });
});

describe('fetchOnlinePackage', () => {
  let server: Server;
  let base: string;
  const good = new TextEncoder().encode('a wheel');
  const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
  const lock: LockfilePackages = {
    packages: {
      good: { file_name: 'good-1.0-py3-none-any.whl', sha256: sha(good), depends: ['dep'] },
      dep: { file_name: 'dep-1.0-py3-none-any.whl', sha256: sha(good), depends: [] },
      tampered: { file_name: 'tampered-1.0-py3-none-any.whl', sha256: sha(new TextEncoder().encode('the real one')), depends: [] },
      gone: { file_name: 'gone-1.0-py3-none-any.whl', sha256: sha(good), depends: [] },
    },
  };
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url?.includes('gone')) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200).end(Buffer.from(good));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/full/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  describe('should store a package and its dependencies', () => {
    test('for files that match the lockfile', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'lce-online-'));
      try {
        expect(await fetchOnlinePackage('good', base, dir, lock)).toBeNull();
        expect(readdirSync(dir).sort()).toEqual(['dep-1.0-py3-none-any.whl', 'good-1.0-py3-none-any.whl']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('should refuse and store nothing', () => {
    test('for a file whose SHA-256 differs from the lockfile', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'lce-online-'));
      try {
        expect(await fetchOnlinePackage('tampered', base, dir, lock)).toMatch(/does not match the SHA-256/);
        expect(existsSync(join(dir, 'tampered-1.0-py3-none-any.whl'))).toBe(false);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test('for a file the server does not have', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'lce-online-'));
      try {
        expect(await fetchOnlinePackage('gone', base, dir, lock)).toMatch(/HTTP 404/);
        expect(readdirSync(dir)).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('should name what the lockfile lacks', () => {
    test('for a package with an unknown dependency', () => {
      expect(() => lockClosure({ packages: { a: { file_name: 'a.whl', sha256: '', depends: ['b'] } } }, 'a')).toThrow(/b is not in Pyodide's lockfile/);
    });
  });
});

/** Two ends of an in-process message carrier, as a child process's IPC channel would be. */
function carrierPair(): [MessageCarrier, MessageCarrier] {
  const a = new EventEmitter();
  const b = new EventEmitter();
  const end = (mine: EventEmitter, theirs: EventEmitter): MessageCarrier => ({
    send: (m) => void queueMicrotask(() => theirs.emit('message', structuredClone(m))),
    on: (e, fn) => mine.on(e, fn),
    off: (e, fn) => mine.off(e, fn),
  });
  return [end(a, b), end(b, a)];
}

describe('the host’s side of the sandbox’s calls', () => {
  describe('should answer only SandboxHostApi’s own methods', () => {
    test('for a call that names a property path comlink would follow (the Function constructor)', async () => {
      const [hostEnd, sandboxEnd] = carrierPair();
      serveHost(hostEnd, host);
      const answers: unknown[] = [];
      sandboxEnd.on('message', (d) => answers.push(d));
      for (const method of ['constructor', '__proto__', 'toString', 'zipsDone.constructor']) {
        sandboxEnd.send({ ch: 'host', m: { id: 1, method, args: ['return process'] } });
      }
      await vi.waitFor(() => expect(answers).toHaveLength(4));
      for (const a of answers) expect(a).toMatchObject({ ch: 'host', m: { id: 1, ok: false } });
    });

    test('for a real method called with hostile arguments, which get nothing', async () => {
      const [hostEnd, sandboxEnd] = carrierPair();
      serveHost(hostEnd, host);
      const client = hostClient(sandboxEnd);
      expect(await client.fetchOnlinePackage({ toString: 'numpy' } as never)).toMatch(/not an online-only package/);
      expect(await client.zipsToBuild()).toEqual([]);
    });
  });

  describe('should let nothing the sandbox sends throw in the host', () => {
    test('for malformed messages and a comlink answer that would build a host proxy', () => {
      const [hostEnd, sandboxEnd] = carrierPair();
      serveHost(hostEnd, host);
      const seen: unknown[] = [];
      const endpoint = channelEndpoint(hostEnd, 'api', true);
      endpoint.addEventListener('message', (e) => {
        seen.push((e as MessageEvent).data);
        throw new Error('comlink failed to read it');
      });
      const emit = (m: unknown): void => sandboxEnd.send(m);
      for (const m of [null, 'text', 42, { ch: 'host' }, { ch: 'host', m: null }, { ch: 'api', m: { id: 'x', type: 'HANDLER', name: 'proxy', value: {} } }, { ch: 'api', m: { id: 'y', type: 'RAW', value: 1 } }]) emit(m);
      return vi.waitFor(() => expect(seen).toEqual([{ id: 'y', type: 'RAW', value: 1 }]));
    });
  });
});
