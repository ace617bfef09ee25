import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import type {} from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built app served by `vite preview`, e.g. http://localhost:4173 */
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

/** Builds the app once and serves it exactly as `npm run preview` does (same headers). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // vitest sets NODE_ENV=test, which would make this a development build (no precache manifest in
  // the service worker, import.meta.env.PROD false): build what `npm run build` builds.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url.replace(/\/$/, ''));
  return async () => {
    await server?.close();
  };
}
