/** The render-check page: the real Transcript and renderer, driven by postMessage for e2e tests and the bench. */
import { render } from 'preact';
import { loadRenderer } from '..';
import { Markdown, Transcript } from '../../components/Transcript';
import type { CheckMessage, CheckProps, CheckRecord } from './protocol';
import { streamFrames } from './stream-driver';
// The app's own element styles, so the check page lays the Transcript out as the app does.
import '../../styles/base.css';
import '../../styles/controls.css';

const root = document.getElementById('app')!;
const record: CheckRecord = { runs: [], continues: [], tokens: 0, parses: 0 };
(window as unknown as { renderCheck: CheckRecord }).renderCheck = record;

function show(props: CheckProps, answer?: string): void {
  render(
    <>
      <Transcript
        {...props}
        onRunCell={(index, code) => record.runs.push({ index, code })}
        onContinueFrom={(index, code) => record.continues.push({ index, code })}
      />
      {answer !== undefined && (
        <section role="region" aria-label="Answer">
          <div class="tx-text">
            Answer: <Markdown text={answer} inline />
          </div>
        </section>
      )}
    </>,
    root,
  );
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Resolves after the streaming throttle (one frame) and Preact's deferred re-render have both run. */
async function settled(): Promise<void> {
  await frame();
  await tick();
  await frame();
  await tick();
}

async function stream(msg: Extract<CheckMessage, { kind: 'stream' }>): Promise<void> {
  document.body.dataset.stream = 'running';
  const interval = 1000 / msg.tokensPerSecond;
  const startedAt = performance.now();
  let n = 0;
  for (const f of streamFrames(msg.blocks, msg.charsPerToken)) {
    // Hold the wall-clock rate: frame n is due at n × interval, like tokens from a real engine.
    const wait = startedAt + n * interval - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    show({ blocks: f.blocks, streaming: f.streaming, runningIndex: null, editable: false });
    record.tokens = ++n;
  }
  await settled();
  document.body.dataset.stream = 'done';
}

addEventListener('message', (e: MessageEvent<CheckMessage>) => {
  if (e.origin !== location.origin || typeof e.data !== 'object' || e.data === null) return;
  const msg = e.data;
  if (msg.kind === 'props') {
    show(msg.props, msg.answer);
    void settled().then(() => (document.body.dataset.rendered = String(msg.seq)));
  } else if (msg.kind === 'stream') {
    void stream(msg);
  }
});

void loadRenderer().then((r) => {
  Object.defineProperty(record, 'parses', { get: () => r.parses });
  show({ blocks: [], streaming: null, runningIndex: null, editable: false });
  document.body.dataset.ready = 'true';
});
