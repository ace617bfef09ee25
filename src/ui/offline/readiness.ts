/**
 * The offline readiness summary as sentences: is the app saved, are Python and its packages, which
 * models load offline, how much storage is used and whether it is persistent, and whether the page
 * is cross-origin isolated. A pure function of what the page read, so it is tested in Node.
 */
import type { ModelAvailability, StorageReport } from '../../engine/webllm/model-cache';
import type { OfflineStatus, GroupStatus } from '../../sw/protocol';
import { formatBytes } from '../components/ModelsPanel/format';
import type { OfflinePhase } from './offline-state';

export interface ReadinessInput {
  phase: OfflinePhase;
  /** The service worker's cache report; null when none controls the page. */
  status: OfflineStatus | null;
  models: { id: string; availability: ModelAvailability }[];
  storage: StorageReport | null;
  isolated: boolean;
}

export type ReadinessItem = 'app' | 'python' | 'packages' | 'models' | 'storage' | 'isolation';

/** One line of the summary: `ok` is null when it is neither good nor bad (e.g. still installing). */
export interface ReadinessRow {
  item: ReadinessItem;
  label: string;
  ok: boolean | null;
  text: string;
}

const LABELS: Record<ReadinessItem, string> = {
  app: 'App',
  python: 'Python',
  packages: 'Python packages',
  models: 'Models',
  storage: 'Storage',
  isolation: 'Stopping cells',
};

function saved(g: GroupStatus): string {
  return `${g.cached} of ${g.files} files${g.bytes ? `, ${formatBytes(g.bytes)}` : ''}`;
}

function notSaved(phase: OfflinePhase): string {
  switch (phase.kind) {
    case 'off':
      return `Not saved for offline use: ${phase.reason}.`;
    case 'failed':
      return `Not saved for offline use: ${phase.reason}.`;
    case 'installing':
      return phase.total ? `Saving for offline use: ${phase.cached} of ${phase.total} files…` : 'Saving for offline use…';
    case 'ready':
      return 'Reading the offline copy…';
  }
}

function groupRow(item: ReadinessItem, input: ReadinessInput, g: GroupStatus | undefined, what: string): ReadinessRow {
  if (!input.status || !g) return { item, label: LABELS[item], ok: input.phase.kind === 'installing' || input.phase.kind === 'ready' ? null : false, text: notSaved(input.phase) };
  const complete = g.files > 0 && g.cached === g.files;
  return { item, label: LABELS[item], ok: complete, text: complete ? `${what} saved for offline use (${saved(g)}).` : `${what} only partly saved (${saved(g)}): reload while online to complete it.` };
}

function packagesRow(input: ReadinessInput): ReadinessRow {
  const row = groupRow('packages', input, input.status?.groups['python-packages'], 'sympy and mpmath are');
  if (!input.status) return row;
  const online = input.status.onlinePackages;
  const extra = online.length
    ? ` Kept after their first download from Pyodide's CDN: ${online.join(', ')}.`
    : " Others (numpy) come from Pyodide's CDN the first time a cell imports them, and are kept from then on.";
  return { ...row, text: row.text + extra };
}

function modelsRow(models: ReadinessInput['models']): ReadinessRow {
  const offline = models.filter((m) => m.availability === 'offline').map((m) => m.id);
  const partial = models.filter((m) => m.availability === 'partial').map((m) => m.id);
  const parts = [offline.length ? `Available offline: ${offline.join(', ')}.` : 'No in-browser model is available offline yet: download one in the list (it needs WebGPU).'];
  if (partial.length) parts.push(`Partly downloaded: ${partial.join(', ')} — download again to complete.`);
  parts.push("web-llm keeps the weights in its own cache; the app does not store them twice.");
  return { item: 'models', label: LABELS.models, ok: offline.length > 0, text: parts.join(' ') };
}

function storageRow(s: StorageReport | null): ReadinessRow {
  if (!s) return { item: 'storage', label: LABELS.storage, ok: null, text: 'Reading the storage estimate…' };
  const used = s.usedBytes === null || s.quotaBytes === null ? 'The browser does not report its storage.' : `${formatBytes(s.usedBytes)} used of ${formatBytes(s.quotaBytes)}.`;
  const persisted = s.persisted ? 'Persistent: the browser will not evict it under storage pressure.' : s.persisted === false ? 'Not persistent: the browser may evict it when disk space runs low (“Keep downloads” above asks it not to).' : 'Whether it is persistent is unknown.';
  return { item: 'storage', label: LABELS.storage, ok: s.persisted, text: `${used} ${persisted}` };
}

function isolationRow(isolated: boolean): ReadinessRow {
  return isolated
    ? { item: 'isolation', label: LABELS.isolation, ok: true, text: 'Cross-origin isolated: a runaway cell is interrupted and its variables are kept.' }
    : { item: 'isolation', label: LABELS.isolation, ok: false, text: 'Not cross-origin isolated: a runaway cell is stopped by restarting Python, which loses its variables. Reload once the app is saved to fix this.' };
}

/** The summary, one row per item, in a fixed order. */
export function describeReadiness(input: ReadinessInput): ReadinessRow[] {
  return [
    groupRow('app', input, input.status?.groups.app, `The app${input.status ? ` (version ${input.status.buildId})` : ''} is`),
    groupRow('python', input, input.status?.groups['python-runtime'], 'The Pyodide runtime is'),
    packagesRow(input),
    modelsRow(input.models),
    storageRow(input.storage),
    isolationRow(input.isolated),
  ];
}
