/**
 * A windowed list for Preact on @tanstack/virtual-core (the framework-free core its React adapter
 * wraps the same way): only the rows in view, plus a few, are in the DOM, however many are loaded.
 */
import { useLayoutEffect, useReducer, useState, type MutableRef } from 'preact/hooks';
import { Virtualizer, elementScroll, observeElementOffset, observeElementRect } from '@tanstack/virtual-core';

/** The virtualizer of a scrolling element holding `count` rows of `rowHeight` px. */
export function useVirtualRows(count: number, rowHeight: number, scroller: MutableRef<HTMLElement | null>): Virtualizer<HTMLElement, HTMLElement> {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const options = {
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    scrollToFn: elementScroll,
    observeElementRect,
    observeElementOffset,
    overscan: 10,
    onChange: () => rerender(0),
  };
  const [virtualizer] = useState(() => new Virtualizer<HTMLElement, HTMLElement>(options));
  virtualizer.setOptions({ ...virtualizer.options, ...options });
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer._willUpdate());
  return virtualizer;
}
