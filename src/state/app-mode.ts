/**
 * The app's modes (SPEC `?mode=`): explore (the default), a quiz for students, a printable summary
 * for patients and a presentation for therapists. Pure: the ids and their guard only; each mode's
 * code lives in `src/modes/<mode>/` and loads on demand.
 */
export const appModes = ['explore', 'quiz', 'summary', 'present'] as const;
export type AppMode = (typeof appModes)[number];

const modeSet: ReadonlySet<string> = new Set(appModes);
export const isAppMode = (w: string): w is AppMode => modeSet.has(w);

/** What each mode is called where a person chooses it. */
export const modeLabels: Readonly<Record<AppMode, string>> = {
  explore: 'Explore',
  quiz: 'Quiz',
  summary: 'Summary',
  present: 'Present',
};
