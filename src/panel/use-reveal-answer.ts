/**
 * Once the person first marks where it hurts, bring the answer (the ranked list and the focused
 * card) into view, so it does not sit below the fold under the list of sites. Only on that first
 * mark: later changes leave the scroll where the person put it.
 */
import { useCallback, useEffect, useRef } from 'react';

export function useRevealAnswer(hasMarks: boolean): (element: HTMLElement | null) => void {
  const element = useRef<HTMLElement | null>(null);
  const hadMarks = useRef(hasMarks);
  useEffect(() => {
    if (hasMarks && !hadMarks.current) {
      requestAnimationFrame(() => element.current?.scrollIntoView({ block: 'start', behavior: 'smooth' }));
    }
    hadMarks.current = hasMarks;
  }, [hasMarks]);
  return useCallback((el: HTMLElement | null) => {
    element.current = el;
  }, []);
}
