import { describe, expect, it } from 'vitest';
import {
  angleInArc,
  limbAxisAt,
  patchContains,
  patchOverlap,
  surfaceCoordinate,
} from '../../src/anatomy/surface.ts';

describe('body-surface coordinates', () => {
  it('names the four faces of the right thigh', () => {
    const c = limbAxisAt(-0.27);
    expect(surfaceCoordinate([c.x, -0.27, c.z + 0.08]).angle).toBeCloseTo(0);
    expect(surfaceCoordinate([c.x - 0.08, -0.27, c.z]).angle).toBeCloseTo(90);
    expect(surfaceCoordinate([c.x, -0.27, c.z - 0.08]).angle).toBeCloseTo(180);
    expect(surfaceCoordinate([c.x + 0.08, -0.27, c.z]).angle).toBeCloseTo(270);
  });

  it('handles arcs that wrap past 360', () => {
    expect(angleInArc(350, 300, 30)).toBe(true);
    expect(angleInArc(10, 300, 30)).toBe(true);
    expect(angleInArc(100, 300, 30)).toBe(false);
  });

  it('contains and overlaps patches', () => {
    const back = { y: [-0.4, -0.3], angle: [150, 210] } as const;
    expect(patchContains(back, { y: -0.35, angle: 180 })).toBe(true);
    expect(patchContains(back, { y: -0.2, angle: 180 })).toBe(false);
    expect(patchOverlap(back, { y: [-0.35, -0.1], angle: [200, 250] })).toBeCloseTo(0.05 * 10, 5);
    expect(patchOverlap(back, { y: [-0.2, -0.1], angle: [150, 210] })).toBe(0);
  });
});
