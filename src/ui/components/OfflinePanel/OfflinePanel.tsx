/** "Offline readiness": what of the app, Python, its packages and the models works with the network gone. */
import { useEffect, useState } from 'preact/hooks';
import { MODEL_CATALOG } from '../../../engine/webllm/model-catalog';
import { modelAvailability, storageEstimate, type StorageReport } from '../../../engine/webllm/model-cache';
import type { OfflineStatus } from '../../../sw/protocol';
import type { OfflineHandle } from '../../offline/service-worker';
import { describeReadiness, type ReadinessInput } from '../../offline/readiness';

export interface OfflinePanelProps {
  offline: OfflineHandle;
  isolated: boolean;
}

/** Reads the service worker's caches, web-llm's caches and the storage estimate; "Check again" re-reads. */
export function OfflinePanel({ offline, isolated }: OfflinePanelProps) {
  const [status, setStatus] = useState<OfflineStatus | null>(null);
  const [models, setModels] = useState<ReadinessInput['models']>([]);
  const [storage, setStorage] = useState<StorageReport | null>(null);
  const [checking, setChecking] = useState(false);
  const phase = offline.state.value.phase;

  const refresh = async () => {
    setChecking(true);
    try {
      const [s, m, st] = await Promise.all([
        offline.status().catch(() => null),
        Promise.all(MODEL_CATALOG.map(async (model) => ({ id: model.id, availability: await modelAvailability(model) }))),
        storageEstimate(),
      ]);
      setStatus(s);
      setModels(m);
      setStorage(st);
    } finally {
      setChecking(false);
    }
  };
  useEffect(() => {
    void refresh();
  }, [phase.kind]);

  const rows = describeReadiness({ phase, status, models, storage, isolated });
  return (
    <section class="card offline-readiness" aria-labelledby="offline-title">
      <h2 id="offline-title">Offline readiness</h2>
      <p class="hint">After one visit the app, Python and its packages work with the network gone; so does any model shown as available offline.</p>
      <dl class="kv readiness">
        {rows.map((r) => (
          <>
            <dt key={`${r.item}-t`}>
              <span class={r.ok === true ? 'dot dot-ok' : r.ok === false ? 'dot dot-bad' : 'dot'} aria-hidden="true" />
              {r.label}
            </dt>
            <dd key={r.item} data-testid={`readiness-${r.item}`} data-ok={String(r.ok)}>
              {r.text}
            </dd>
          </>
        ))}
      </dl>
      <button type="button" class="secondary" onClick={() => void refresh()} disabled={checking}>
        Check again
      </button>
    </section>
  );
}
