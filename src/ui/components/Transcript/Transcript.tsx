/** The solution transcript: finished blocks (memoised), the streaming block, editable code cells. */
import type { JSX } from 'preact';
import { useCallback, useRef } from 'preact/hooks';
import type { Block } from '../../../core/transcript';
import type { StreamingBlock, TranscriptViewProps } from './types';
import { CodeCell, StreamingCode } from './CodeCell';
import { OutputBlock } from './OutputBlock';
import { TextBlock } from './TextBlock';
import { useRenderer } from './use-renderer';
import type { Renderer } from '../../render';
import './transcript.css';

/** The block being streamed, keyed by the index it will take so that, once finished, it keeps its DOM. */
function streamingItem(block: StreamingBlock, key: number, renderer: Renderer | undefined): JSX.Element {
  if (block.type === 'text') return <TextBlock key={key} text={block.text} renderer={renderer} streaming />;
  if (block.type === 'code') return <StreamingCode key={key} code={block.text} renderer={renderer} />;
  return <OutputBlock key={key} kind={block.type} text={block.text} />;
}

/** Renders a transcript as a region named by `label` (default "Solution"). Implements `TranscriptViewProps`. */
export function Transcript(props: TranscriptViewProps): JSX.Element {
  const { blocks, streaming, runningIndex, editable, visibleCount = null, label = 'Solution' } = props;
  const renderer = useRenderer();
  // Stable callbacks: the app may pass new closures on every token; cells must not re-render for that.
  const handlers = useRef(props);
  handlers.current = props;
  const onRun = useCallback((i: number, code: string) => handlers.current.onRunCell?.(i, code), []);
  const onContinue = useCallback((i: number, code: string) => handlers.current.onContinueFrom?.(i, code), []);

  const shown = visibleCount == null ? blocks : blocks.slice(0, Math.max(0, visibleCount));
  const hidden = blocks.length - shown.length;
  let cell = 0;
  const items = shown.map((block: Block, i) => {
    if (block.type === 'code') {
      cell++;
      return (
        <CodeCell
          key={i}
          index={i}
          cell={cell}
          code={block.content}
          renderer={renderer}
          running={runningIndex === i}
          editable={editable}
          onRun={props.onRunCell ? onRun : undefined}
          onContinue={props.onContinueFrom ? onContinue : undefined}
        />
      );
    }
    if (block.type === 'text') return <TextBlock key={i} text={block.content} renderer={renderer} />;
    return <OutputBlock key={i} kind={block.type} text={block.content} error={block.error} />;
  });

  // One flat keyed list: the streaming block must be a sibling of the finished ones to keep its DOM.
  if (streaming && hidden === 0) items.push(streamingItem(streaming, blocks.length, renderer));

  return (
    <section class="transcript" role="region" aria-label={label} aria-busy={streaming != null}>
      {items}
    </section>
  );
}
