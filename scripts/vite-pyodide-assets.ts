/**
 * Vite plugin for the Python sandbox:
 * - self-hosts the Pyodide core from node_modules at /pyodide/ (dev middleware; copied into the build),
 *   so no CDN is needed to start Python;
 * - builds the vendored packages' .pyc zips when missing (cached) and serves them with the wheels at
 *   /pyodide-packages/;
 * - sends the Python worker script its Content-Security-Policy (dev and preview).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connect, Plugin } from 'vite';
import { pythonWorkerCsp } from './headers';
import { ensurePythonPackages, WHEELS_DIR } from '../src/sandbox/node/package-build';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pyodideDir = join(root, 'node_modules', 'pyodide');

/** The core files the browser needs (no packages: the npm package ships none). */
export const PYODIDE_CORE_FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];

const TYPES: Record<string, string> = {
  '.mjs': 'text/javascript',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.whl': 'application/zip',
  '.json': 'application/json',
};

function contentType(file: string): string {
  const ext = file.slice(file.lastIndexOf('.'));
  return TYPES[ext] ?? 'application/octet-stream';
}

/** Files served under a URL prefix in dev: `/pyodide/<core file>`, `/pyodide-packages/wheels/<wheel>`. */
function staticFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of PYODIDE_CORE_FILES) files[`/pyodide/${f}`] = join(pyodideDir, f);
  for (const f of wheelFiles()) files[`/pyodide-packages/wheels/${f}`] = join(WHEELS_DIR, f);
  return files;
}

function wheelFiles(): string[] {
  const manifest = JSON.parse(readFileSync(join(WHEELS_DIR, 'packages.json'), 'utf8')) as { packages: Record<string, { wheel: string }> };
  return Object.values(manifest.packages).map((p) => p.wheel);
}

function isWorkerScript(url: string | undefined): boolean {
  return !!url && /python\.worker[^/]*$/.test(url.split('?')[0] ?? '') ;
}

/** Middleware: the worker script's CSP. */
const workerCsp: Connect.NextHandleFunction = (req, res, next) => {
  if (isWorkerScript(req.url)) res.setHeader('Content-Security-Policy', pythonWorkerCsp);
  next();
};

function serveFiles(files: Record<string, string>): Connect.NextHandleFunction {
  return (req, res, next) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const file = files[path];
    if (!file || !existsSync(file)) return next();
    res.setHeader('Content-Type', contentType(file));
    res.setHeader('Content-Length', String(statSync(file).size));
    res.setHeader('Cache-Control', 'no-cache');
    createReadStream(file).pipe(res);
  };
}

async function buildPackages(log: (msg: string) => void): Promise<void> {
  const built = await ensurePythonPackages();
  if (built.length) log(`lce: compiled Python packages ${built.join(', ')} into public/pyodide-packages/`);
}

/** The plugin; see the module comment. */
export function pyodideAssets(): Plugin {
  return {
    name: 'lce:pyodide-assets',
    async buildStart() {
      // Before Vite copies public/ into the build, so the zips are part of it on a fresh clone.
      await buildPackages((m) => this.info(m));
    },
    async configureServer(server) {
      await buildPackages((m) => server.config.logger.info(m));
      server.middlewares.use(workerCsp);
      server.middlewares.use(serveFiles(staticFiles()));
    },
    configurePreviewServer(server) {
      server.middlewares.use(workerCsp);
    },
    generateBundle() {
      for (const [url, file] of Object.entries(staticFiles())) {
        this.emitFile({ type: 'asset', fileName: url.slice(1), source: readFileSync(file) });
      }
    },
  };
}
