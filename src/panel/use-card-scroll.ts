/** Scrolls a freshly chosen card to its top and focuses it (see state/card-scroll.ts). */
import { useLayoutEffect, type RefObject } from 'react';
import { takeCardScroll } from '../state/card-scroll.ts';

export function useCardScroll(card: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = card.current;
    if (!element || !takeCardScroll()) return;
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'start' });
  }, [card]);
}
