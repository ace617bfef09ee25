/** The page: a top bar with tabs (Solve, Batch, Models, Python, Data), the WebGPU notice once, and the views. */
import { useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { AppStore } from '../../state/app-store';
import type { AppDeps } from '../../state/deps';
import { SolveView } from '../SolveView/SolveView';
import { EnginePicker } from '../EnginePicker/EnginePicker';
import { ScratchCell } from '../ScratchCell/ScratchCell';
import { ErrorBanner } from '../ErrorBanner/ErrorBanner';
import { shareUrl } from '../../state/share-actions';
import type { BatchStore } from '../../state/batch/batch-store';
import { BatchView } from '../BatchView/BatchView';

type Tab = 'solve' | 'batch' | 'models' | 'python' | 'data';
const TABS: { id: Tab; label: string }[] = [
  { id: 'solve', label: 'Solve' },
  { id: 'batch', label: 'Batch' },
  { id: 'models', label: 'Models' },
  { id: 'python', label: 'Python' },
  { id: 'data', label: 'Data' },
];

export interface AppProps {
  store: AppStore;
  deps: AppDeps;
  /** Whether in-browser models can start here (true until the check says otherwise). */
  webgpu: boolean;
  /** Why not, as a clause; null when WebGPU works or is still being checked. */
  noWebGpuReason: string | null;
  /** The models panel (web-llm catalog, cache, WebGPU report). */
  modelsPanel: ComponentChildren;
  /** The Batch view's state (problem sets, runs, results). */
  batch: BatchStore;
  /** The Data tab (stored samples, import, export). */
  dataView?: ComponentChildren;
}

/** The whole app. Only the active tab's view is rendered; the others keep their state in the store. */
export function App({ store, deps, webgpu, noWebGpuReason, modelsPanel, batch, dataView }: AppProps) {
  const [tab, setTab] = useState<Tab>('solve');
  const warmed = useRef(false);
  const warmUpOnce = () => {
    if (warmed.current) return;
    warmed.current = true;
    deps.warmUp?.();
  };
  const picker = (disabled: boolean) => (
    <EnginePicker
      settings={store.engineSettings.value}
      apiKey={store.apiKey.value}
      disabled={disabled}
      webgpu={webgpu}
      webLlm={store.guidance}
      onChange={(s) => (store.engineSettings.value = s)}
      onApiKey={(key) => (store.apiKey.value = key)}
      onRecording={(r) => {
        store.question.value = r.question;
        store.reference.value = r.reference;
        store.method.value = r.method;
      }}
    />
  );
  return (
    <>
      <header class="topbar">
        <div class="brand">
          <h1>LCE Playground</h1>
          <span class="tagline">Language · Code · Execution — math reasoning in your browser</span>
        </div>
        <TabBar tab={tab} onTab={setTab} />
      </header>
      <main class="page">
        {noWebGpuReason && (
          <div class="banner banner-warn" role="note" data-testid="no-webgpu">
            <span>
              <strong>No WebGPU here:</strong> {noWebGpuReason}, so in-browser models cannot run. Everything
              else works: an OpenAI-compatible server, the recorded demo, Python cells and the answer checker.
            </span>
          </div>
        )}
        <ErrorBanner message={store.notice.value} onDismiss={() => (store.notice.value = null)} />
        <div role="tabpanel" id={`view-${tab}`} aria-labelledby={`tab-${tab}`}>
          {tab === 'solve' && (
            <SolveView
              store={store}
              enginePicker={picker(store.busy.value)}
              makeShareLink={(withT) => shareUrl(store, withT, new URL(location.href))}
              onFirstInput={warmUpOnce}
            />
          )}
          {tab === 'batch' && <BatchView batch={batch} settings={store.engineSettings.value} enginePicker={(locked) => picker(locked || store.busy.value)} />}
          {tab === 'models' && modelsPanel}
          {tab === 'python' && <ScratchCell getRunner={deps.getRunner} timeoutMs={store.caps.value.cellTimeoutMs} />}
          {tab === 'data' && dataView}
        </div>
      </main>
    </>
  );
}

/** The tabs (WAI-ARIA tabs: arrow keys move between them). */
function TabBar({ tab, onTab }: { tab: Tab; onTab: (tab: Tab) => void }) {
  return (
    <nav
      class="tabs"
      role="tablist"
      aria-label="Views"
      onKeyDown={(e) => {
        // WAI-ARIA tabs: arrow keys move between tabs.
        const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
        if (!step) return;
        const next = TABS[(TABS.findIndex((t) => t.id === tab) + step + TABS.length) % TABS.length]!;
        onTab(next.id);
        document.getElementById(`tab-${next.id}`)?.focus();
      }}
    >
      {TABS.map((t) => (
        <button
          type="button"
          role="tab"
          key={t.id}
          id={`tab-${t.id}`}
          tabIndex={tab === t.id ? 0 : -1}
          aria-selected={tab === t.id}
          aria-controls={`view-${t.id}`}
          onClick={() => onTab(t.id)}
        >
          {t.label}
        </button>
      ))}
    </nav>
  );
}
