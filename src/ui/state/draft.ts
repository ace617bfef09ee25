/** Keeps the problem being typed across reloads (localStorage), so a refresh loses nothing. */
import type { Method } from '../../core/transcript';
import { METHODS } from '../../core/transcript';

const KEY = 'lce-playground:draft';

export interface Draft {
  question: string;
  reference: string;
  method: Method;
}

/** The saved draft, or null when there is none or it is unreadable. */
export function loadDraft(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Draft | null {
  try {
    const d = JSON.parse(storage?.getItem(KEY) ?? 'null') as Partial<Draft> | null;
    if (!d || typeof d.question !== 'string') return null;
    return {
      question: d.question,
      reference: typeof d.reference === 'string' ? d.reference : '',
      method: METHODS.includes(d.method as Method) ? (d.method as Method) : 'lce',
    };
  } catch {
    return null;
  }
}

/** Saves the draft; storage that is full or refused is ignored (the draft is a convenience). */
export function saveDraft(draft: Draft, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(KEY, JSON.stringify(draft));
  } catch {
    // Private mode or a full quota: nothing to do.
  }
}
