/**
 * The page's side of the service worker (src/sw/sw.ts): registers it in production builds, follows
 * its life as a signal (installing with progress, in control, an update waiting, failed), applies an
 * update only when the user asks, and asks it for the offline status.
 */
import { signal, type Signal } from '@preact/signals';
import { Serwist } from '@serwist/window';
import { PRECACHE_PROGRESS, STATUS_REQUEST, type OfflineStatus, type PrecacheProgress } from '../../sw/protocol';
import type { OfflinePhase, OfflineState } from './offline-state';

export type { OfflinePhase, OfflineState };

/** What the rest of the page uses. */
export interface OfflineHandle {
  state: Signal<OfflineState>;
  /** Resolves once the service worker controls the page; rejects with a reason when it never will. */
  controlled: Promise<void>;
  /** Activates the waiting version and reloads this page into it. */
  applyUpdate(): void;
  /** The service worker's view of its caches, or null when none controls the page. */
  status(): Promise<OfflineStatus | null>;
}

const HOUR = 60 * 60 * 1000;

/** Registers the service worker (production builds only) and returns its handle. */
export function startServiceWorker(): OfflineHandle {
  const container = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
  const initial: OfflinePhase = !import.meta.env.PROD
    ? { kind: 'off', reason: 'the development server does not install the offline copy (a build does)' }
    : !container
      ? { kind: 'off', reason: window.isSecureContext ? 'this browser (or a private window) does not allow service workers' : 'the page is not served over https or from localhost' }
      : container.controller
        ? { kind: 'ready' }
        : { kind: 'installing', cached: 0, total: null };
  const state = signal<OfflineState>({ phase: initial, updateReady: false, updatedElsewhere: false });
  const set = (patch: Partial<OfflineState>) => (state.value = { ...state.value, ...patch });
  let settle: { resolve: () => void; reject: (e: Error) => void } = { resolve: () => undefined, reject: () => undefined };
  const controlled = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  controlled.catch(() => undefined);
  if (initial.kind === 'ready') settle.resolve();
  if (initial.kind === 'off') settle.reject(new Error(initial.reason));

  let sw: Serwist | null = null;
  let updating = false;
  if (initial.kind !== 'off' && container) {
    const hadController = Boolean(container.controller);
    container.addEventListener('controllerchange', () => {
      if (updating) return location.reload();
      if (hadController) return set({ updatedElsewhere: true, updateReady: false });
      set({ phase: { kind: 'ready' } });
      settle.resolve();
    });
    container.addEventListener('message', (e: MessageEvent<PrecacheProgress>) => {
      if (e.data?.type !== PRECACHE_PROGRESS || state.value.phase.kind !== 'installing') return;
      set({ phase: { kind: 'installing', cached: e.data.cached, total: e.data.total } });
    });
    sw = new Serwist(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
    sw.addEventListener('waiting', (e) => {
      if (e.isUpdate) set({ updateReady: true });
    });
    sw.addEventListener('redundant', () => {
      if (state.value.phase.kind !== 'installing') return;
      const reason = 'saving the app for offline use failed (the network dropped, or the browser refused the storage); reload to try again';
      set({ phase: { kind: 'failed', reason } });
      settle.reject(new Error(reason));
    });
    sw.register().catch((err: unknown) => {
      const reason = `the service worker could not be registered (${err instanceof Error ? err.message : String(err)})`;
      set({ phase: { kind: 'failed', reason } });
      settle.reject(new Error(reason));
    });
    // A tab left open for days still learns of a new version.
    setInterval(() => void sw?.update().catch(() => undefined), HOUR);
  }

  return {
    state,
    controlled,
    applyUpdate() {
      updating = true;
      sw?.messageSkipWaiting();
    },
    async status() {
      const active = container?.controller;
      if (!active) return null;
      const channel = new MessageChannel();
      const reply = new Promise<OfflineStatus>((resolve) => (channel.port1.onmessage = (e: MessageEvent<OfflineStatus>) => resolve(e.data)));
      active.postMessage({ type: STATUS_REQUEST }, [channel.port2]);
      return reply;
    },
  };
}
