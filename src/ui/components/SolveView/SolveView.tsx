/** The solve view: the problem and settings on the left, the solution (or CoT vs LCE) on the right. */
import type { ComponentChildren } from 'preact';
import type { AppStore } from '../../state/app-store';
import { ProblemForm } from '../ProblemForm/ProblemForm';
import { MethodPicker } from '../MethodPicker/MethodPicker';
import { CapsEditor } from '../CapsEditor/CapsEditor';
import { SolutionPane } from '../SolutionPane/SolutionPane';
import { ShareButton } from '../ShareButton/ShareButton';
import { EngineProgress } from './EngineProgress';

export interface SolveViewProps {
  store: AppStore;
  /** The engine picker (owned by the app, it knows about WebGPU and the models). */
  enginePicker: ComponentChildren;
  makeShareLink: (withTranscript: boolean) => Promise<string>;
  /** Called on the first input into the form. */
  onFirstInput?: () => void;
}

/** Two columns on wide screens, one on narrow ones. */
export function SolveView({ store, enginePicker, makeShareLink, onFirstInput }: SolveViewProps) {
  const busy = store.busy.value;
  return (
    <div class="solve-view">
      <form
        class="controls card"
        aria-label="Problem and settings"
        // Python takes a few seconds to start: begin while the problem is being typed.
        onInput={onFirstInput}
        onSubmit={(e) => {
          e.preventDefault();
          void store.solve();
          // On one-column layouts the solution is below the form, out of view: bring it in. Asking
          // where it is, rather than matching the stylesheet's breakpoint, keeps one source of truth.
          const solutions = document.querySelector('.solutions');
          if (solutions && solutions.getBoundingClientRect().top >= innerHeight) solutions.scrollIntoView({ behavior: 'smooth' });
        }}
      >
        <ProblemForm
          question={store.question.value}
          reference={store.reference.value}
          disabled={busy}
          onQuestion={(t) => (store.question.value = t)}
          onReference={(t) => (store.reference.value = t)}
        />
        <MethodPicker value={store.method.value} disabled={busy || store.compare.value} onChange={(m) => (store.method.value = m)} />
        {enginePicker}
        <CapsEditor caps={store.caps.value} disabled={busy} onChange={(c) => (store.caps.value = c)} />
        <div class="options">
          <label class="check">
            <input type="checkbox" checked={store.compare.value} disabled={busy} onChange={(e) => (store.compare.value = (e.currentTarget as HTMLInputElement).checked)} />
            Compare CoT and LCE side by side
          </label>
          <label class="check">
            <input
              type="checkbox"
              checked={store.stepMode.value}
              onChange={(e) => {
                store.stepMode.value = (e.currentTarget as HTMLInputElement).checked;
                store.visibleCount.value = 0;
              }}
            />
            Step mode (reveal one block at a time)
          </label>
        </div>
        <div class="actions">
          <button type="submit" disabled={busy}>Solve</button>
          <button type="button" class="secondary" disabled={!busy} onClick={() => store.stop()}>Stop</button>
        </div>
        <EngineProgress progress={store.engineProgress.value} />
        <ShareButton makeLink={makeShareLink} hasTranscript={store.run.value.blocks.length > 0} />
      </form>
      <Solutions store={store} />
    </div>
  );
}

/** The solution (with its earlier versions), or CoT and LCE side by side. */
function Solutions({ store }: { store: AppStore }) {
  const busy = store.busy.value;
  const hasReference = store.reference.value.trim() !== '';
  const step = store.stepMode.value
    ? {
        visibleCount: store.visibleCount.value,
        onReveal: (n: number) => (store.visibleCount.value = n),
        onExit: () => (store.stepMode.value = false),
      }
    : null;
  return store.compare.value ? (
    <div class="solutions compare">
      <SolutionPane run={store.compareRuns.cot} title="Chain of thought (CoT)" label="CoT solution" hasReference={hasReference} editable={false} step={null} llmJudge={{ ask: (sig) => store.askLlmJudge(store.compareRuns.cot, sig), busy }} />
      <SolutionPane run={store.compareRuns.lce} title="Language, code, execution (LCE)" label="LCE solution" hasReference={hasReference} editable={false} step={null} llmJudge={{ ask: (sig) => store.askLlmJudge(store.compareRuns.lce, sig), busy }} />
    </div>
  ) : (
    <div class="solutions">
      <SolutionPane
        run={store.run}
        title="Solution"
        label="Solution"
        hasReference={hasReference}
        editable
        onRunCell={(i, code) => void store.runCell(i, code)}
        onContinueFrom={(i, code) => void store.continueFrom(i, code)}
        step={step}
        llmJudge={{ ask: (sig) => store.askLlmJudge(store.run, sig), busy }}
      />
      {store.branches.value.length > 0 && (
        <div class="branches" role="group" aria-label="Earlier versions">
          <span>Earlier versions of this solution:</span>
          {store.branches.value.map((b, i) => (
            <button type="button" class="ghost" key={b.label} disabled={busy} onClick={() => store.showBranch(i)}>
              {b.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
