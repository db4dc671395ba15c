import { describe, expect, it } from 'vitest';
import { requestCardScroll, takeCardScroll } from '../../src/state/card-scroll.ts';

describe('card scroll requests', () => {
  it('are taken once, and only while fresh', () => {
    expect(takeCardScroll(1000)).toBe(false);
    requestCardScroll(1000);
    expect(takeCardScroll(1500)).toBe(true);
    expect(takeCardScroll(1600)).toBe(false);
    requestCardScroll(1000);
    expect(takeCardScroll(10_000)).toBe(false);
  });
});
