/**
 * The app's service worker (built by @serwist/vite into dist/sw.js, with the precache manifest
 * injected at `self.__SW_MANIFEST`):
 * - precaches the app shell, the self-hosted Pyodide core and the compiled sympy/mpmath zips, so the
 *   app and Python work with the network gone after one visit;
 * - keeps Python packages fetched from Pyodide's CDN (numpy) on first use, in a cache named after
 *   the Pyodide version;
 * - adds COOP/COEP to the app's documents and workers and the Python worker's CSP to its script, so
 *   a static host that sends no custom headers still gets a cross-origin isolated page and a
 *   sandbox under its CSP (src/sw/host-headers.ts);
 * - leaves every other request alone: web-llm downloads and caches model weights itself.
 * A first install takes control at once; an update waits until the page's user accepts it, so one
 * page never mixes two versions.
 */
import { CacheFirst, CacheableResponsePlugin, Serwist, type PrecacheEntry, type SerwistPlugin } from 'serwist';
import { PYODIDE_VERSION } from '../sandbox/runtime/packages';
import { outdatedCaches, precacheCacheName, pythonPackagesCacheName, CACHE_PREFIX } from './cache-names';
import { needsHostHeaders, withHostHeaders } from './host-headers';
import { manifestId, readOfflineStatus } from './offline-status';
import { isPyodidePackageRequest } from './package-route';
import { PRECACHE_PROGRESS, STATUS_REQUEST, type PrecacheProgress } from './protocol';

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

const manifest = self.__SW_MANIFEST ?? [];
const PACKAGES_CACHE = pythonPackagesCacheName(PYODIDE_VERSION);
const PRECACHE = precacheCacheName(self.registration.scope);

// Tells open pages how far the first install has got (it can be tens of MB).
let stored = 0;
const progress: SerwistPlugin = {
  async cacheDidUpdate() {
    stored++;
    const message: PrecacheProgress = { type: PRECACHE_PROGRESS, cached: stored, total: manifest.length };
    for (const client of await self.clients.matchAll({ includeUncontrolled: true, type: 'window' })) client.postMessage(message);
  },
};

const serwist = new Serwist({
  precacheEntries: manifest,
  cacheId: CACHE_PREFIX,
  precacheOptions: {
    // Named here: Serwist reads the precache name before it applies `cacheId`.
    cacheName: PRECACHE,
    cleanupOutdatedCaches: true,
    // `?engine=replay`, `?graceMs=…`: the query configures the page, the document is the same file.
    ignoreURLParametersMatching: [/.*/],
    plugins: [progress],
  },
  runtimeCaching: [
    {
      matcher: ({ url, request }) => isPyodidePackageRequest(url, request.headers),
      handler: new CacheFirst({ cacheName: PACKAGES_CACHE, plugins: [new CacheableResponsePlugin({ statuses: [200] })] }),
    },
  ],
});

self.addEventListener('install', (event) => {
  // Nothing to mix with on a first install: take over at once. An update waits for the page's go-ahead.
  if (!self.registration.active) void self.skipWaiting();
  serwist.handleInstall(event);
});

self.addEventListener('activate', (event) => {
  serwist.handleActivate(event);
  event.waitUntil(
    (async () => {
      for (const name of outdatedCaches(await caches.keys(), [PRECACHE, PACKAGES_CACHE])) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  // SKIP_WAITING (the page's "Reload to update") is handled by Serwist itself.
  const data = event.data as { type?: string } | null;
  if (data?.type === STATUS_REQUEST) {
    event.waitUntil(
      (async () => {
        const status = await readOfflineStatus({
          buildId: manifestId(manifest),
          precacheKeys: serwist.getUrlsToPrecacheKeys(),
          precache: await caches.open(PRECACHE),
          packages: (await caches.has(PACKAGES_CACHE)) ? await caches.open(PACKAGES_CACHE) : null,
          base: self.registration.scope,
        });
        event.ports[0]?.postMessage(status);
      })(),
    );
  }
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  // A devtools quirk: such a request cannot be answered by a service worker.
  if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') return;
  const url = new URL(request.url);
  const own = url.origin === self.location.origin;
  const addHeaders = own && needsHostHeaders(request);
  const handled = serwist.handleRequest({ request, event });
  if (!handled && !addHeaders) return; // the browser fetches it itself (web-llm weights, the LLM server, …)
  const response = handled ?? fetch(request);
  event.respondWith(addHeaders ? response.then((r) => withHostHeaders(r, url.pathname)) : response);
});
