import { describe, expect, test } from 'vitest';
import { describeReadiness, type ReadinessInput } from '../../../src/ui/offline/readiness';

const MB = 2 ** 20;
const saved: ReadinessInput = {
  phase: { kind: 'ready' },
  status: {
    buildId: '5c61930a',
    groups: { app: { files: 52, cached: 52, bytes: 20 * MB }, 'python-runtime': { files: 5, cached: 5, bytes: 13 * MB }, 'python-packages': { files: 2, cached: 2, bytes: 26 * MB } },
    onlinePackages: [],
  },
  models: [
    { id: 'Qwen2.5-Math-1.5B-Instruct-q4f32_1-MLC', availability: 'offline' },
    { id: 'Qwen2-Math-7B-Instruct-q4f16_1-MLC', availability: 'partial' },
    { id: 'WizardMath-7B-V1.1-q4f16_1-MLC', availability: 'none' },
  ],
  storage: { usedBytes: 60 * MB, quotaBytes: 10 * 2 ** 30, persisted: false },
  isolated: true,
};

const text = (input: ReadinessInput) => Object.fromEntries(describeReadiness(input).map((r) => [r.item, `${String(r.ok)} ${r.text}`]));

describe('describeReadiness', () => {
  describe('should say what works offline', () => {
    test('for a saved app, Python, packages, one model and non-persistent storage', () => {
      expect(text(saved)).toEqual({
        app: 'true The app (version 5c61930a) is saved for offline use (52 of 52 files, 20 MB).',
        python: 'true The Pyodide runtime is saved for offline use (5 of 5 files, 13 MB).',
        packages: "true sympy and mpmath are saved for offline use (2 of 2 files, 26 MB). Others (numpy) come from Pyodide's CDN the first time a cell imports them, and are kept from then on.",
        models: 'true Available offline: Qwen2.5-Math-1.5B-Instruct-q4f32_1-MLC. Partly downloaded: Qwen2-Math-7B-Instruct-q4f16_1-MLC — download again to complete. web-llm keeps the weights in its own cache; the app does not store them twice.',
        storage: 'false 60 MB used of 10.0 GB. Not persistent: the browser may evict it when disk space runs low (“Keep downloads” above asks it not to).',
        isolation: 'true Cross-origin isolated: a runaway cell is interrupted and its variables are kept.',
      });
    });

    test('for packages kept from the CDN', () => {
      expect(text({ ...saved, status: { ...saved.status!, onlinePackages: ['numpy-2.2.5.whl'] } }).packages).toMatch(/Kept after their first download from Pyodide's CDN: numpy-2\.2\.5\.whl\.$/);
    });
  });

  describe('should say what does not, and why', () => {
    test('for a first install in progress on a host without headers', () => {
      const rows = text({ ...saved, phase: { kind: 'installing', cached: 12, total: 59 }, status: null, isolated: false });
      expect(rows.app).toBe('null Saving for offline use: 12 of 59 files…');
      expect(rows.isolation).toMatch(/^false Not cross-origin isolated: a runaway cell is stopped by restarting Python/);
    });

    test('for the development server', () => {
      expect(text({ ...saved, phase: { kind: 'off', reason: 'the development server does not install the offline copy (a build does)' }, status: null }).python).toBe(
        'false Not saved for offline use: the development server does not install the offline copy (a build does).',
      );
    });

    test('for an incomplete precache and no model', () => {
      const partial = { ...saved.status!, groups: { ...saved.status!.groups, 'python-runtime': { files: 5, cached: 3, bytes: 4 * MB } } };
      const rows = text({ ...saved, status: partial, models: [], storage: { usedBytes: null, quotaBytes: null, persisted: true } });
      expect(rows.python).toBe('false The Pyodide runtime is only partly saved (3 of 5 files, 4 MB): reload while online to complete it.');
      expect(rows.models).toMatch(/^false No in-browser model is available offline yet/);
      expect(rows.storage).toBe('true The browser does not report its storage. Persistent: the browser will not evict it under storage pressure.');
    });
  });
});
