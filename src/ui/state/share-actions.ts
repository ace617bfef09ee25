/** Share links for the store: build one from the current view, and restore a view from one. */
import { DEFAULT_CAPS } from '../../core/lce/events';
import { engineSettingsToParams } from '../../engine/registry';
import type { AppStore } from './app-store';
import { initialRunState } from './run-state';
import { decodeShare, encodeShare, type SharedView } from './share-link';

/**
 * The full URL a user pastes: the query is the engine settings (as in the address bar), the hash
 * the shared view. Neither can hold the API key: it is not part of the settings.
 */
export async function shareUrl(store: AppStore, withTranscript: boolean, base: URL): Promise<string> {
  const run = store.run.value;
  const engine = store.engineSettings.value;
  const view: SharedView = {
    question: store.question.value,
    reference: store.reference.value,
    method: store.method.value,
    engine,
    caps: store.caps.value,
  };
  if (withTranscript && run.blocks.length > 0) {
    view.transcript = {
      blocks: [...run.blocks],
      answer: run.answer,
      stopDetail: run.stopDetail,
      recording: run.engine?.isRecording ?? engine.kind === 'replay',
    };
  }
  const url = new URL(base.href);
  url.search = engineSettingsToParams(engine).toString();
  url.hash = (await encodeShare(view)).slice(1);
  return url.href;
}

/** Puts a shared view into the store. Returns an error sentence when the link is unusable. */
export async function restoreShare(store: AppStore, hash: string): Promise<string | null> {
  const decoded = await decodeShare(hash);
  if (decoded.kind === 'invalid') return decoded.reason;
  const { view } = decoded;
  store.question.value = view.question;
  store.reference.value = view.reference;
  store.method.value = view.method;
  store.caps.value = { ...DEFAULT_CAPS, ...view.caps };
  // A model named by a link is the sender's choice: it is not replaced by the page's pick.
  if (view.engine) store.guidance.choose(view.engine);
  if (view.transcript) {
    const t = view.transcript;
    store.run.value = {
      ...initialRunState(),
      phase: 'restored',
      blocks: t.blocks,
      answer: t.answer,
      stopDetail: t.stopDetail,
      engine: t.recording ? { kind: 'replay', model: 'recording', isRecording: true } : null,
    };
  }
  return null;
}
