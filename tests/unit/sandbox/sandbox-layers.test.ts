import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inNetworkNamespace, networkNamespaceLauncher, permissionFlag, sandboxBundle, sandboxCommand, sandboxNodeArgs } from '../../../src/sandbox/node/sandbox-launch';
import { WHEELS_DIR, ZIPS_DIR } from '../../../src/sandbox/node/package-build';
import { openProbeRange, type ProbeRange } from '../../support/probe-targets';
import { useTestRunner } from './shared-runner';

// Each layer of the Node sandbox on its own, tried by a script that has all of Node at hand (no
// Python, no stripped globals): what it cannot do, no escape from Python can do either.
let range: ProbeRange;
beforeAll(async () => {
  range = await openProbeRange();
});
afterAll(() => range?.close());

const ATTEMPTS = String.raw`
const out = {};
const attempt = async (name, fn) => { try { out[name] = 'allowed: ' + String(await fn()).slice(0, 40); } catch (e) { out[name] = e.code || e.name; } };
const [canary, marker, url] = process.argv.slice(2);
await attempt('readFile', () => process.getBuiltinModule('fs').readFileSync(canary, 'utf8'));
await attempt('writeFile', () => process.getBuiltinModule('fs').writeFileSync(marker, 'x'));
await attempt('listDir', () => process.getBuiltinModule('fs').readdirSync('/'));
await attempt('childProcess', () => process.getBuiltinModule('child_process').execSync('touch ' + marker));
await attempt('binding', () => process.binding('fs'));
await attempt('dlopen', () => process.dlopen({ exports: {} }, marker + '.node'));
await attempt('chdir', () => process.chdir('/'));
await attempt('eval', () => eval('1 + 1'));
await attempt('Function', () => Function('return 1')());
await attempt('fetch', () => fetch(url + '/layer-fetch').then((r) => r.status));
console.log(JSON.stringify(out));
`;

/** Runs the attempts script under the sandbox's Node flags (readable: only its own directory). */
function attempt(namespace: boolean): Promise<Record<string, string>> {
  const script = join(range.targets.dir, 'attempts.mjs');
  writeFileSync(script, ATTEMPTS);
  const node = [...sandboxNodeArgs([script]), script, range.targets.canary, range.targets.marker, range.targets.url];
  const launched = inNetworkNamespace(process.execPath, node, namespace);
  return new Promise((resolve, reject) => {
    const child = spawn(launched.command, launched.args, { env: {}, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('error', reject);
    child.on('exit', () => resolve(JSON.parse(stdout) as Record<string, string>));
  });
}

describe('the Node sandbox’s layers, each on its own', () => {
  describe('should refuse host files, processes and addons under the permission model', () => {
    test('for a script with all of Node at hand, started with the sandbox’s flags', async () => {
      const out = await attempt(true);
      expect(out).toMatchObject({ readFile: 'ERR_ACCESS_DENIED', writeFile: 'ERR_ACCESS_DENIED', listDir: 'ERR_ACCESS_DENIED', childProcess: 'ERR_ACCESS_DENIED', binding: 'ERR_ACCESS_DENIED', chdir: 'ERR_ACCESS_DENIED' });
      expect(out.dlopen).toMatch(/^ERR_(DLOPEN_DISABLED|ACCESS_DENIED)$/);
      expect(range.hostUntouched()).toBe(true);
    });
  });

  describe('should refuse code generation from strings', () => {
    test('for eval and Function in that script', async () => {
      expect(await attempt(true)).toMatchObject({ eval: 'EvalError', Function: 'EvalError' });
    });
  });

  describe.runIf(networkNamespaceLauncher() !== null)('should cut the network in the empty network namespace', () => {
    test('for fetch from that script, which reaches the counting server without the namespace', async () => {
      const before = range.traces().requests.length;
      expect((await attempt(false)).fetch).toBe('allowed: 200');
      expect(range.traces().requests.length).toBe(before + 1);
      expect((await attempt(true)).fetch).toBe('TypeError');
      expect(range.traces().requests.length).toBe(before + 1);
    });
  });
});

describe('the sandbox’s command line', () => {
  describe('should use the permission flag of the Node it runs on', () => {
    test('for Node 22.13 and later, which know --permission', () => {
      expect(permissionFlag(new Set(['--permission', '--experimental-permission']))).toBe('--permission');
    });

    test('for Node 20, which knows only --experimental-permission', () => {
      expect(permissionFlag(new Set(['--experimental-permission']))).toBe('--experimental-permission');
    });
  });

  describe('should refuse to start Python unprotected', () => {
    test('for a Node without a permission model, with a sentence that says so', () => {
      expect(() => sandboxCommand({ packageCacheDir: null, packagesDir: ZIPS_DIR, wheelsDir: WHEELS_DIR, nodeFlags: new Set() })).toThrow(/no permission model.*Node 20\.19 or later/);
    });
  });

  describe('should report the network permission of Node 25 and later as one more layer', () => {
    test('for a Node that knows --allow-net', () => {
      expect(sandboxCommand({ packageCacheDir: null, packagesDir: ZIPS_DIR, wheelsDir: WHEELS_DIR, nodeFlags: new Set(['--permission', '--allow-net']) }).protections).toContain('network-permission');
    });
  });
});

const runner = useTestRunner();

/** Pids of this process's sandbox processes (Linux /proc). */
function sandboxPids(): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return ppid === process.pid && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('sandbox-process.mjs');
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe.runIf(process.platform === 'linux')('the Node runner', () => {
  describe('should survive the death of its sandbox process', () => {
    test('for a process killed from outside (as the OOM killer would), reporting the lost session', async () => {
      await runner.run('kept = 1', { session: 'oom' });
      const pids = sandboxPids();
      expect(pids.length).toBeGreaterThan(0);
      for (const pid of pids) execFileSync('kill', ['-9', String(pid)]);
      // Until this process has reaped them (it then hears of their exit in the same turn).
      while (pids.some((p) => existsSync(`/proc/${p}`))) await new Promise((resolve) => setTimeout(resolve, 10));
      await new Promise((resolve) => setImmediate(resolve));
      const r = await runner.run('kept', { session: 'oom' });
      expect(r.error?.type, JSON.stringify(r)).toBe('NameError');
      expect(r.sessionLost).toBe(true);
      expect((await runner.run('"alive"')).value).toBe("'alive'");
    });
  });
});

describe('the sandbox’s bundle', () => {
  describe('should be written anew rather than trusted', () => {
    test('for a cached copy whose bytes were changed', () => {
      const cache = mkdtempSync(join(tmpdir(), 'lce-bundle-'));
      try {
        const first = sandboxBundle(cache);
        const original = readFileSync(join(first, 'python-thread.mjs'));
        writeFileSync(join(first, 'python-thread.mjs'), 'process.exit(0)');
        const second = sandboxBundle(cache);
        expect(second).not.toBe(first);
        expect(readFileSync(join(second, 'python-thread.mjs')).equals(original)).toBe(true);
      } finally {
        rmSync(cache, { recursive: true, force: true });
      }
    });
  });
});
