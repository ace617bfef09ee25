/**
 * The Data tab: the stored samples (filter, a windowed list, one sample opened in the transcript
 * view), the runs (delete), importing samples files, downloading them, and the export view.
 */
import type { DataTab } from '../../state/data-tab';
import { megabytes } from '../../state/data-view-store';
import { ErrorBanner } from '../ErrorBanner/ErrorBanner';
import { ExportPanel } from '../ExportPanel/ExportPanel';
import { DataFilters } from './DataFilters';
import { ImportSamples } from './ImportSamples';
import { RunsPanel } from './RunsPanel';
import { SampleDetail } from './SampleDetail';
import { SampleList } from './SampleList';
import '../../styles/data.css';

export function DataView({ tab }: { tab: DataTab }) {
  const local = tab.local.value;
  if (local.kind === 'opening') return <p class="hint">Opening the local database…</p>;
  if (local.kind === 'off') {
    return (
      <div class="banner banner-warn" role="note" data-testid="storage-off">
        <span>
          <strong>Storage features are off here.</strong> {local.reason} Solving, Python and the answer checker still work, but samples
          cannot be kept, imported or exported in this window.
        </span>
      </div>
    );
  }
  const { data, exporter } = tab.stores()!;
  const total = data.total.value;
  const selected = data.selected.value;
  const storage = data.storage.value;
  const downloading = data.downloading.value;
  const { runs, sets, models } = data.menus.value;
  return (
    <section class="data-view" aria-label="Stored samples">
      <header class="data-head">
        <h2>Stored samples</h2>
        <span class="count" data-testid="sample-count" aria-live="polite">
          {total === null ? 'Counting…' : `${total.toLocaleString('en-US')} ${total === 1 ? 'sample' : 'samples'}`}
        </span>
        {storage?.usedBytes != null && storage.quotaBytes != null && (
          <span class="hint" data-testid="data-storage">
            {megabytes(storage.usedBytes)} used of {megabytes(storage.quotaBytes)}
            {storage.persisted === true ? ' (persistent)' : ''}
          </span>
        )}
        <div class="data-actions">
          <ImportSamples state={data.importing.value} disabled={false} onFiles={(f) => void data.importFiles(f)} onCancel={data.cancelImport} />
          {downloading ? (
            <button type="button" class="ghost" onClick={data.cancelDownload}>
              Cancel download ({downloading.done.toLocaleString('en-US')} of {downloading.total.toLocaleString('en-US')})
            </button>
          ) : (
            <button type="button" class="ghost" disabled={!total} onClick={() => void data.downloadSamples()} title="One JSONL file of the samples shown: another browser imports it, lce export reads it.">
              Download these samples (.jsonl)
            </button>
          )}
          <button type="button" aria-expanded={tab.showExport.value} onClick={() => (tab.showExport.value = !tab.showExport.value)}>
            Export training data…
          </button>
        </div>
      </header>
      <ErrorBanner message={data.error.value} onDismiss={() => (data.error.value = null)} />
      {data.message.value && (
        <p class="banner banner-info" role="status" data-testid="data-message">
          <span>{data.message.value}</span>
          <button type="button" class="ghost" aria-label="Dismiss" onClick={() => (data.message.value = null)}>
            ×
          </button>
        </p>
      )}
      {tab.showExport.value && <ExportPanel exporter={exporter} runs={runs} sets={sets} models={models} />}
      <DataFilters filter={data.filter.value} runs={runs} sets={sets} models={models} onChange={data.setFilter} />
      {data.newer.value && (
        <p class="hint">
          New samples were stored.{' '}
          <button type="button" class="ghost" onClick={() => void data.reload()}>
            Show them
          </button>
        </p>
      )}
      <div class={`data-body${selected ? ' with-detail' : ''}`}>
        <SampleList
          rows={data.rows.value}
          total={total}
          hasMore={data.next.value !== null}
          loading={data.loading.value}
          selectedId={selected?.id ?? null}
          onOpen={(id) => void data.open(id)}
          onNearEnd={() => void data.loadMore()}
        />
        {selected && <SampleDetail id={selected.id} sample={selected.sample} missing={selected.missing} onClose={data.close} />}
      </div>
      <RunsPanel runs={runs} confirm={data.confirmDelete.value} onAskDelete={(id) => void data.askDelete(id)} onConfirm={() => void data.deleteConfirmed()} onCancel={data.cancelDelete} />
    </section>
  );
}
