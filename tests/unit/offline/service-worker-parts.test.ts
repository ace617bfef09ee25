/** The service worker's pure parts: the headers it adds, the caches it deletes, the packages it keeps, its status. */
import { describe, expect, test } from 'vitest';
import { crossOriginIsolationHeaders, pythonWorkerCsp } from '../../../scripts/headers';
import { outdatedCaches, precacheCacheName, pythonPackagesCacheName } from '../../../src/sw/cache-names';
import { hostHeaders, needsHostHeaders, withHostHeaders } from '../../../src/sw/host-headers';
import { manifestId, readOfflineStatus } from '../../../src/sw/offline-status';
import { isPyodidePackageRequest } from '../../../src/sw/package-route';
import { PYODIDE_VERSION } from '../../../src/sandbox/runtime/packages';
import { precacheGroupOf } from '../../../src/sw/protocol';
import { MemoryCache } from './memory-cache';

const WORKER = '/assets/python.worker-f5Vu1bn5.js';

describe('hostHeaders', () => {
  describe('should make a plain static response isolating', () => {
    test('for a document: COOP and COEP as the dev server sends them, no CSP', () => {
      const h = hostHeaders(new Headers({ 'content-type': 'text/html' }), '/index.html');
      for (const [name, value] of Object.entries(crossOriginIsolationHeaders)) expect(h.get(name)).toBe(value);
      expect(h.get('content-security-policy')).toBeNull();
      expect(h.get('content-type')).toBe('text/html');
    });

    test('for the Python worker script: its CSP too', () => {
      expect(hostHeaders(new Headers(), WORKER).get('content-security-policy')).toBe(pythonWorkerCsp);
    });

    test('for the web-llm worker script: no Python CSP (it must reach the model hosts)', () => {
      expect(hostHeaders(new Headers(), '/assets/llm.worker-DPr0tEkz.js').get('content-security-policy')).toBeNull();
    });
  });

  describe('should never weaken what the host sends', () => {
    test('for a host that sends its own COEP (kept) and its own CSP (both enforced)', () => {
      const h = hostHeaders(new Headers({ 'Cross-Origin-Embedder-Policy': 'require-corp', 'Content-Security-Policy': "default-src 'none'" }), WORKER);
      expect(h.get('cross-origin-embedder-policy')).toBe('require-corp');
      expect(h.get('content-security-policy')).toBe(`default-src 'none', ${pythonWorkerCsp}`);
    });
  });

  describe('should copy the response otherwise unchanged', () => {
    test('for status, body and an error response', async () => {
      const r = withHostHeaders(new Response('body', { status: 201, statusText: 'Made', headers: { 'x-a': '1' } }), '/');
      expect([r.status, r.statusText, r.headers.get('x-a'), await r.text()]).toEqual([201, 'Made', '1', 'body']);
      const error = Response.error();
      expect(withHostHeaders(error, '/')).toBe(error);
    });
  });
});

describe('needsHostHeaders', () => {
  test.each([
    [{ mode: 'navigate', destination: 'document' }, true],
    [{ mode: 'same-origin', destination: 'worker' }, true],
    [{ mode: 'navigate', destination: 'iframe' }, true],
    [{ mode: 'cors', destination: 'script' }, false],
    [{ mode: 'cors', destination: '' }, false],
  ])('for %o', (request, expected) => {
    expect(needsHostHeaders(request)).toBe(expected);
  });
});

describe('outdatedCaches', () => {
  test('should pick older versions of the app’s own caches and never web-llm’s or anyone else’s', () => {
    const keep = [precacheCacheName('https://a.example/'), pythonPackagesCacheName(PYODIDE_VERSION)];
    const all = [...keep, 'lce-python-packages-pyodide-0.27.0', 'lce-precache-v1-https://a.example/', 'webllm/model', 'webllm/wasm', 'webllm/config', 'tvmjs', 'other-app'];
    expect(outdatedCaches(all, keep)).toEqual(['lce-python-packages-pyodide-0.27.0', 'lce-precache-v1-https://a.example/']);
  });
});

describe('isPyodidePackageRequest', () => {
  const cdn = `https://cdn.jsdelivr.net/pyodide/v${PYODIDE_VERSION}/full/`;
  test.each([
    [`${cdn}numpy-2.2.5-cp314-cp314-pyodide_2026_0_wasm32.whl`, {}, true],
    [`${cdn}numpy.whl`, { range: 'bytes=0-99' }, false],
    ['https://cdn.jsdelivr.net/pyodide/v0.27.0/full/numpy.whl', {}, false],
    [`http://cdn.jsdelivr.net/pyodide/v${PYODIDE_VERSION}/full/numpy.whl`, {}, false],
    ['https://huggingface.co/mlc-ai/x/resolve/main/params_shard_0.bin', {}, false],
  ])('for %s %o', (url, headers, expected) => {
    expect(isPyodidePackageRequest(new URL(url), new Headers(headers))).toBe(expected);
  });
});

describe('readOfflineStatus', () => {
  test('should count, per group, the precached files that are really stored, and list the kept packages', async () => {
    const base = 'https://a.example/app/';
    const keys = new Map([
      [`${base}index.html`, `${base}index.html?__WB_REVISION__=1`],
      [`${base}assets/main-x.js`, `${base}assets/main-x.js`],
      [`${base}pyodide/pyodide.asm.wasm`, `${base}pyodide/pyodide.asm.wasm?__WB_REVISION__=2`],
      [`${base}pyodide-packages/sympy.pyc.zip`, `${base}pyodide-packages/sympy.pyc.zip?__WB_REVISION__=3`],
    ]);
    const precache = new MemoryCache();
    await precache.put(`${base}index.html?__WB_REVISION__=1`, new Response('x', { headers: { 'content-length': '1000' } }));
    await precache.put(`${base}index.html?__WB_REVISION__=0`, new Response('stale revision'));
    await precache.put(`${base}pyodide/pyodide.asm.wasm?__WB_REVISION__=2`, new Response('w', { headers: { 'content-length': '9598218' } }));
    const packages = new MemoryCache();
    await packages.put('https://cdn.jsdelivr.net/pyodide/v314.0.7/full/numpy-2.2.5.whl', new Response('n'));
    const status = await readOfflineStatus({ buildId: 'b', precacheKeys: keys, precache: precache as unknown as Cache, packages: packages as unknown as Cache, base });
    expect(status).toEqual({
      buildId: 'b',
      groups: { app: { files: 2, cached: 1, bytes: 1000 }, 'python-runtime': { files: 1, cached: 1, bytes: 9598218 }, 'python-packages': { files: 1, cached: 0, bytes: 0 } },
      onlinePackages: ['numpy-2.2.5.whl'],
    });
    expect((await readOfflineStatus({ buildId: 'b', precacheKeys: new Map(), precache: precache as unknown as Cache, packages: null, base })).onlinePackages).toEqual([]);
  });
});

describe('precacheGroupOf and manifestId', () => {
  test('should group by folder and tell manifests apart', () => {
    expect(['index.html', '/pyodide/pyodide.mjs', 'pyodide-packages/x.zip', 'replay/a.json'].map(precacheGroupOf)).toEqual(['app', 'python-runtime', 'python-packages', 'app']);
    const m = [{ url: 'index.html', revision: 'a' }];
    expect(manifestId(m)).toBe(manifestId(structuredClone(m)));
    expect(manifestId(m)).not.toBe(manifestId([{ url: 'index.html', revision: 'b' }]));
  });
});
