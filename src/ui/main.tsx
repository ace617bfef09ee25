/** Entry point: wires the store to the real engines and sandbox, restores a share link, renders the app. */
import { render } from 'preact';
import { effect } from '@preact/signals';
import { App } from './components/App/App';
import { ModelsPanel } from './components/ModelsPanel/ModelsPanel';
import { OfflineNotices } from './components/OfflineNotices/OfflineNotices';
import { OfflinePanel } from './components/OfflinePanel/OfflinePanel';
import { DataView } from './components/DataView/DataView';
import { openLocalStore } from './state/local-store';
import { createDataTab, downloadBlob } from './state/data-tab';
import { createDataJobs } from '../data-io/data-jobs';
import { storageEstimate } from '../engine/webllm/model-cache';
import { startServiceWorker } from './offline/service-worker';
import { createAppDeps, createModelCache } from './services';
import { createBatchDeps } from './batch-services';
import { createBatchStore } from './state/batch/batch-store';
import { createModelsStore } from './state/models-store';
import { createAppStore } from './state/app-store';
import { engineSettingsToParams, parseEngineSettings, type EngineSettings } from '../engine/registry';
import { errorSentence } from './state/error-sentence';
import { isShareHash } from './state/share-link';
import { restoreShare } from './state/share-actions';
import { loadDraft, saveDraft } from './state/draft';
import { hasWebGpu, noWebGpuReason, probeWebGpu } from './state/webgpu';
import { addressParams, urlPinsModel } from './state/model-guidance';
import './styles/base.css';
import './styles/controls.css';
import './styles/layout.css';
import './styles/panels.css';
import './styles/models.css';
import './styles/offline.css';

// The offline copy and, on a static host, the headers the sandbox needs (src/sw/sw.ts).
const offline = startServiceWorker();
const isolated = globalThis.crossOriginIsolated === true;
const deps = createAppDeps({ isolated, controlled: offline.controlled });
// Incomplete settings (a server without a model…) are shown as they are and checked on Solve.
let fromUrl: EngineSettings | null = null;
let urlProblem: string | null = null;
try {
  fromUrl = parseEngineSettings(new URLSearchParams(location.search), { check: false });
} catch (err) {
  urlProblem = errorSentence(err);
}
const store = createAppStore(deps, fromUrl ?? { kind: 'replay' }, { pinnedModel: urlPinsModel(new URLSearchParams(location.search)), base: location.href });
store.notice.value = urlProblem;
const models = createModelsStore(createModelCache(), store.loadEngine, store.guidance.models);
// Batch runs: opens the local database and resumes a run a reload or a crash interrupted.
const batch = createBatchStore(createBatchDeps(store, deps));
void batch.init();
// The local database (samples, runs); where it cannot open the Data tab says why and solving goes on.
const dataTab = createDataTab(openLocalStore(), { jobs: createDataJobs(), storage: () => storageEstimate(), download: downloadBlob });

const draft = loadDraft();
if (draft && !isShareHash(location.hash)) {
  store.question.value = draft.question;
  store.reference.value = draft.reference;
  store.method.value = draft.method;
}
effect(() => saveDraft({ question: store.question.value, reference: store.reference.value, method: store.method.value }));

if (isShareHash(location.hash)) {
  void restoreShare(store, location.hash).then((error) => {
    if (error) store.notice.value = error;
    else void store.judgeShown();
  });
}

void probeWebGpu().then((probe) => {
  store.guidance.gpu.value = probe;
  // With a usable GPU and no engine named in the URL, the in-browser model the method calls for is the natural default.
  if (!fromUrl && !isShareHash(location.hash) && store.engineSettings.value.kind === 'replay') store.guidance.preferInBrowser();
});

// The address bar follows the engine settings, so copying it shares the setup (settings hold no key;
// a model the page picked is left out, so it is picked again for the next machine and method).
effect(() => {
  const settings = store.engineSettings.value;
  const query = addressParams(engineSettingsToParams(settings), settings, store.guidance.pinned.value).toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
});

function Root() {
  const report = store.guidance.report.value;
  return (
    <>
      <App
        store={store}
        deps={deps}
        webgpu={report === null ? true : hasWebGpu(report)}
        noWebGpuReason={report && !hasWebGpu(report) ? noWebGpuReason(report) : null}
        batch={batch}
        modelsPanel={
          <>
            <ModelsPanel store={store} models={models} report={report} />
            <OfflinePanel offline={offline} isolated={isolated} />
          </>
        }
        dataView={<DataView tab={dataTab} />}
      />
      <OfflineNotices offline={offline} isolated={isolated} />
    </>
  );
}

render(<Root />, document.getElementById('app')!);
