/** Mirrors the app's mode onto `<html data-mode>` (SPEC page hook). */
import { useEffect } from 'react';
import type { AppMode } from '../state/app-mode.ts';

export function useModeAttribute(mode: AppMode): void {
  useEffect(() => {
    document.documentElement.dataset.mode = mode;
  }, [mode]);
}
