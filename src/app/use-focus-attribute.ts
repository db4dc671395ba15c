/** Mirrors the muscle whose map is in focus onto `<html data-focused-candidate>` (SPEC page hook). */
import { useEffect } from 'react';
import { useFocusedMuscle } from '../state/focus.ts';

export function useFocusAttribute(): void {
  const focus = useFocusedMuscle();
  useEffect(() => {
    const root = document.documentElement;
    if (focus) root.dataset.focusedCandidate = focus;
    else delete root.dataset.focusedCandidate;
  }, [focus]);
}
