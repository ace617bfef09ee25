/** The stored samples under the filter, newest first: a windowed list that reads the next page as you near its end. */
import { useEffect, useRef } from 'preact/hooks';
import type { SampleRow } from '../../../store';
import { VERDICT_WORDS, modelLabel, when } from './labels';
import { useVirtualRows } from './use-virtual-rows';

/** Pixel height of a row (fixed, so the list never measures). */
export const ROW_HEIGHT = 52;
/** Rows from the end at which the next page is read. */
const PREFETCH_ROWS = 30;

export interface SampleListProps {
  rows: readonly SampleRow[];
  total: number | null;
  hasMore: boolean;
  /** A page or a re-read is being fetched: a near-end asked for meanwhile is asked again when it ends. */
  loading: boolean;
  selectedId: string | null;
  onOpen: (id: string) => void;
  onNearEnd: () => void;
}

export function SampleList({ rows, total, hasMore, loading, selectedId, onOpen, onNearEnd }: SampleListProps) {
  const scroller = useRef<HTMLDivElement | null>(null);
  const virtualizer = useVirtualRows(rows.length, ROW_HEIGHT, scroller);
  const items = virtualizer.getVirtualItems();
  const last = items.at(-1)?.index ?? 0;
  // `loading` is a dependency: a list already scrolled to its end fires no more scroll events, so a
  // request refused while a re-read was in flight (after an import, another tab's writes) must be
  // made again when it ends, or the list stops at its first page.
  useEffect(() => {
    if (hasMore && !loading && last >= rows.length - PREFETCH_ROWS) onNearEnd();
  }, [last, rows.length, hasMore, loading]);

  const move = (e: KeyboardEvent, index: number) => {
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(rows[index]!.id);
    }
    if (!step) return;
    e.preventDefault();
    const to = Math.min(rows.length - 1, Math.max(0, index + step));
    virtualizer.scrollToIndex(to);
    requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-index="${to}"]`)?.focus());
  };

  return (
    <div class="sample-list" ref={scroller} role="listbox" aria-label="Samples" tabIndex={rows.length === 0 ? 0 : -1} data-testid="sample-list">
      {rows.length === 0 && <p class="hint">{total === 0 ? 'No stored sample matches.' : 'Reading…'}</p>}
      <div style={{ height: `${virtualizer.getTotalSize()}px`, position: 'relative' }}>
        {items.map((item) => {
          const row = rows[item.index]!;
          return (
            <div
              key={row.id}
              role="option"
              class={`sample-row row-${row.verdict}`}
              data-index={item.index}
              data-id={row.id}
              aria-selected={row.id === selectedId}
              aria-setsize={total ?? -1}
              aria-posinset={item.index + 1}
              tabIndex={row.id === selectedId || (selectedId === null && item.index === 0) ? 0 : -1}
              style={{ transform: `translateY(${item.start}px)`, height: `${ROW_HEIGHT}px` }}
              onClick={() => onOpen(row.id)}
              onKeyDown={(e) => move(e, item.index)}
            >
              <span class="row-main">
                <span class="row-problem">{row.problemId}</span>
                <span class={`badge verdict-badge verdict-${row.verdict}`}>{VERDICT_WORDS[row.verdict]}</span>
                <span class="row-method">{row.method}</span>
              </span>
              <span class="row-meta">
                {modelLabel(row.model)} · {row.rounds} rounds · {row.completionTokens} tokens · {when(row.createdAt)}
                {row.runId ? ` · ${row.runId}` : ''}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
