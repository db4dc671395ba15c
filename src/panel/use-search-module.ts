/**
 * The search index (names, lay names, groups) loads on demand: it is not needed for the first
 * answer, and the entry chunk's budget is tight. Asked for when the search box gets focus, so it
 * is usually there before the first letter is typed.
 */
import { useEffect, useState } from 'react';
import type * as Search from '../anatomy/search.ts';

export type SearchModule = typeof Search;

let loaded: SearchModule | null = null;
let loading: Promise<SearchModule> | null = null;

export function loadSearch(): Promise<SearchModule> {
  loading ??= import('../anatomy/search.ts').then((m) => (loaded = m));
  return loading;
}

/** The search module once `wanted` has been true and it has loaded; null before. */
export function useSearchModule(wanted: boolean): SearchModule | null {
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    if (!wanted || module) return;
    let live = true;
    void loadSearch().then((m) => live && setModule(m));
    return () => {
      live = false;
    };
  }, [wanted, module]);
  return module;
}
