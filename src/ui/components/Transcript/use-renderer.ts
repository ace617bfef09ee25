/** Hooks for the transcript: the lazily loaded renderer, and a value throttled to animation frames. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { loadRenderer, loadedRenderer, type Renderer } from '../../render';

/** The renderer once its chunk has loaded; undefined before (callers show plain text meanwhile). */
export function useRenderer(): Renderer | undefined {
  const [renderer, setRenderer] = useState<Renderer | undefined>(loadedRenderer);
  useEffect(() => {
    if (renderer) return;
    let live = true;
    loadRenderer().then(
      (r) => live && setRenderer(r),
      // A failed chunk load leaves the plain-text fallback in place; nothing is lost.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [renderer]);
  return renderer;
}

/**
 * `value`, updated at most once per animation frame. Tokens may arrive many times per frame; the
 * expensive render that depends on the result then runs once per frame, never per token.
 */
export function useFrameThrottled<T>(value: T): T {
  const [shown, setShown] = useState(value);
  const latest = useRef(value);
  const frame = useRef(0);
  latest.current = value;
  useEffect(() => {
    if (frame.current || Object.is(shown, value)) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      setShown(latest.current);
    });
  }, [value, shown]);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  return shown;
}
