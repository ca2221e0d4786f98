import { useCallback, useEffect, useRef, useState, type UIEvent } from 'react';

/** Used until the browser tells the real sizes (and in tests, where there is no layout). */
const ESTIMATED_ROW_PX = 56;
const ESTIMATED_VIEWPORT_PX = 560;
/** Rows drawn above and below the visible ones, so keyboard focus and fast scrolling find rows. */
const OVERSCAN = 8;

export interface RowWindow {
  /** First and one-past-last row to draw. */
  readonly start: number;
  readonly end: number;
  readonly rowHeight: number;
  /** Goes on the scrolling element. */
  readonly scrollRef: (element: HTMLDivElement | null) => void;
  readonly onScroll: (event: UIEvent<HTMLDivElement>) => void;
}

/** The drawn rows' average height: cards on a narrow window are not all the same height. */
function measureRow(container: HTMLElement): number | null {
  let total = 0;
  let count = 0;
  for (const row of container.querySelectorAll('tbody tr[data-row]')) {
    const height = row.getBoundingClientRect().height;
    if (height > 0) {
      total += height;
      count += 1;
    }
  }
  return count > 0 ? total / count : null;
}

/**
 * Draws only the rows in view (plus a few), so a table of 10,000 people stays smooth: the
 * scroll position and the measured row height say which rows those are; spacer rows above and
 * below keep the scroll bar true to the whole list.
 */
export function useRowWindow(count: number): RowWindow {
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(ESTIMATED_VIEWPORT_PX);
  const [rowHeight, setRowHeight] = useState(ESTIMATED_ROW_PX);
  const observer = useRef<ResizeObserver | null>(null);

  const remeasure = useCallback((element: HTMLElement) => {
    if (element.clientHeight > 0) setViewport(element.clientHeight);
    const measured = measureRow(element);
    if (measured !== null) setRowHeight((old) => (Math.abs(old - measured) > 0.5 ? measured : old));
  }, []);

  const scrollRef = useCallback(
    (element: HTMLDivElement | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (!element || typeof ResizeObserver === 'undefined') return;
      const watch = new ResizeObserver(() => remeasure(element));
      watch.observe(element);
      observer.current = watch;
    },
    [remeasure],
  );

  useEffect(() => () => observer.current?.disconnect(), []);

  const onScroll = useCallback(
    (event: UIEvent<HTMLDivElement>) => {
      setScrollTop(event.currentTarget.scrollTop);
      remeasure(event.currentTarget);
    },
    [remeasure],
  );

  const first = Math.floor(scrollTop / rowHeight);
  const visible = Math.ceil(viewport / rowHeight);
  const start = Math.max(0, Math.min(count, first - OVERSCAN));
  const end = Math.min(count, first + visible + OVERSCAN);
  return { start, end, rowHeight, scrollRef, onScroll };
}
