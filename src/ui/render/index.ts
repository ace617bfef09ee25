/**
 * Entry point of src/ui/render: the light half, imported eagerly. The renderer itself (marked, KaTeX,
 * highlight.js, DOMPurify ≈ 120 kB gzip with fonts) arrives as a separate chunk on first use.
 */
import type { Renderer } from './renderer';

export type { Renderer } from './renderer';

let loading: Promise<Renderer> | undefined;
let loaded: Renderer | undefined;

/** Loads the renderer chunk once; later calls share the same promise. */
export function loadRenderer(): Promise<Renderer> {
  loading ??= import('./renderer').then((m) => {
    m.warmUp();
    return (loaded = m.renderer);
  });
  return loading;
}

/** The renderer if it has already loaded, else undefined (render plain text meanwhile). */
export function loadedRenderer(): Renderer | undefined {
  return loaded;
}
