/**
 * The modes other than explore, each its own chunk: explore mode never downloads them (SPEC: modes
 * load on demand, and explore mode may not grow before it is ready).
 */
import { lazy } from 'react';

export const LazyQuizMode = lazy(() =>
  import('../modes/quiz/QuizMode.tsx').then((m) => ({ default: m.QuizMode })),
);
export const LazySummaryMode = lazy(() =>
  import('../modes/summary/SummaryMode.tsx').then((m) => ({ default: m.SummaryMode })),
);
export const LazyPresentMode = lazy(() =>
  import('../modes/present/PresentMode.tsx').then((m) => ({ default: m.PresentMode })),
);
