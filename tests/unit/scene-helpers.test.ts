import { describe, expect, it } from 'vitest';
import { Float32BufferAttribute } from 'three';
import { nearestSurfaceVertex, surfaceAtHit } from '../../src/scene/surface-at-hit.ts';
import {
  isPartGhosted,
  isPartSeeThrough,
  isPartVisible,
  type VisibilityState,
} from '../../src/scene/visibility.ts';
import { partInfoFrom, type PartInfo } from '../../src/scene/part-info.ts';
import { mapColours } from '../../src/look/map-colours.ts';
import { mapGrid, mapTextureData } from '../../src/scene/referral-texture.ts';
import { partColour, partColours } from '../../src/scene/part-colours.ts';

describe('surface coordinate at a hit', () => {
  const surface = new Float32BufferAttribute([-0.4, 170, -0.5, 190, -0.4, 358, -0.5, 2], 2);
  it('interpolates height and angle with the barycentric weights', () => {
    const c = surfaceAtHit(surface, { a: 0, b: 1, c: 0 }, { x: 0.25, y: 0.75, z: 0 });
    expect(c.y).toBeCloseTo(-0.475);
    expect(c.angle).toBeCloseTo(185);
  });
  it('unwraps across the 0/360 seam', () => {
    const mid = surfaceAtHit(surface, { a: 2, b: 3, c: 3 }, { x: 0.5, y: 0.25, z: 0.25 });
    expect(mid.angle).toBeCloseTo(0);
    const nearSeam = surfaceAtHit(surface, { a: 3, b: 2, c: 2 }, { x: 0.2, y: 0.4, z: 0.4 });
    expect(nearSeam.angle).toBeCloseTo(358.8);
  });
  it('finds the nearest vertex to a coordinate, wrapping the angle', () => {
    expect(nearestSurfaceVertex(surface, { y: -0.49, angle: 1 })).toBe(3);
    expect(nearestSurfaceVertex(surface, { y: -0.41, angle: 172 })).toBe(0);
  });
});

const base: VisibilityState = {
  layers: ['skin', 'muscles', 'bones', 'nerves'],
  peel: 0,
  isolate: false,
  selected: null,
  focusedCandidate: null,
  hidden: [],
};
const muscle = (structure: string, layer: number): PartInfo => ({
  name: structure,
  kind: 'muscle',
  structure,
  layer,
});
const gmax = muscle('gluteus-maximus', 1);
const gmed = muscle('gluteus-medius', 2);
const femur: PartInfo = { name: 'femur', kind: 'bone', structure: 'femur' };
const origin: PartInfo = {
  name: 'gracilis-origin',
  kind: 'attachment',
  structure: 'gracilis',
  role: 'origin',
};
const tp: PartInfo = {
  name: 'gracilis-trigger-point-1',
  kind: 'trigger-point',
  structure: 'gracilis',
  role: '1',
};

describe('visibility', () => {
  it('follows the layer switches', () => {
    expect(isPartVisible(femur, base)).toBe(true);
    expect(isPartVisible(femur, { ...base, layers: ['skin'] })).toBe(false);
    expect(isPartVisible({ name: 'fascia-lata', kind: 'fascia', structure: 'fascia-lata' }, base)).toBe(
      false,
    );
  });
  it('peels superficial muscles first but never the selection', () => {
    expect(isPartVisible(gmax, { ...base, peel: 1 })).toBe(false);
    expect(isPartVisible(gmed, { ...base, peel: 1 })).toBe(true);
    expect(isPartVisible(gmed, { ...base, peel: 2 })).toBe(false);
    expect(isPartVisible(gmax, { ...base, peel: 1, selected: 'gluteus-maximus' })).toBe(true);
  });
  it('hides what the person hid', () => {
    expect(isPartVisible(femur, { ...base, hidden: ['femur'] })).toBe(false);
  });
  it('isolates the selection with its own attachments', () => {
    const s = { ...base, isolate: true, selected: 'gracilis', layers: [] };
    expect(isPartVisible(muscle('gracilis', 1), s)).toBe(true);
    expect(isPartVisible(origin, s)).toBe(true);
    expect(isPartVisible(femur, s)).toBe(false);
    // With the bones layer on, the bones stay so the footprints sit on something; other muscles go.
    const withBones = { ...s, layers: ['bones' as const] };
    expect(isPartVisible(femur, withBones)).toBe(true);
    expect(isPartVisible(gmax, withBones)).toBe(false);
  });
  it('draws the isolated selection see-through so its own footprints show', () => {
    const s = { ...base, isolate: true, selected: 'gracilis' };
    expect(isPartSeeThrough(muscle('gracilis', 1), s)).toBe(true);
    expect(isPartSeeThrough(origin, s)).toBe(false);
    expect(isPartSeeThrough(muscle('gracilis', 1), { ...s, isolate: false })).toBe(false);
    expect(
      isPartSeeThrough(gmax, { ...base, isolate: true, selected: null, selectedGroup: 'gluteals' }),
    ).toBe(true);
  });
  it('treats every member of a selected group as selected', () => {
    const s = { ...base, isolate: true, selectedGroup: 'gluteals', layers: [] };
    expect(isPartVisible(gmax, s)).toBe(true);
    expect(isPartVisible(gmed, s)).toBe(true);
    expect(isPartVisible(muscle('gracilis', 1), s)).toBe(false);
    expect(isPartVisible(gmax, { ...base, peel: 1, selectedGroup: 'gluteals' })).toBe(true);
    expect(isPartGhosted(gmed, { xray: true, selected: null, selectedGroup: 'gluteals' })).toBe(false);
    expect(isPartGhosted(femur, { xray: true, selected: null, selectedGroup: 'gluteals' })).toBe(true);
  });
  it('shows attachments and trigger points only when relevant', () => {
    expect(isPartVisible(origin, base)).toBe(false);
    expect(isPartVisible(origin, { ...base, selected: 'gracilis' })).toBe(true);
    expect(isPartVisible(origin, { ...base, layers: ['attachments'] })).toBe(true);
    expect(isPartVisible(tp, base)).toBe(false);
    expect(isPartVisible(tp, base, true)).toBe(true);
    expect(isPartVisible(tp, { ...base, focusedCandidate: 'adductor-longus' }, true)).toBe(false);
    expect(isPartVisible(tp, { ...base, focusedCandidate: 'gracilis' })).toBe(true);
  });
  it('ghosts everything but the selection in x-ray', () => {
    expect(isPartGhosted(femur, { xray: true, selected: 'gracilis' })).toBe(true);
    expect(isPartGhosted(muscle('gracilis', 1), { xray: true, selected: 'gracilis' })).toBe(false);
    expect(isPartGhosted(femur, { xray: false, selected: null })).toBe(false);
  });
  it('reads part tags from glTF extras and ignores untagged nodes', () => {
    expect(partInfoFrom('femur', { kind: 'bone', structure: 'femur' })).toEqual(femur);
    expect(partInfoFrom('x', {})).toBeUndefined();
    expect(partInfoFrom('x', { kind: 'spaceship' })).toBeUndefined();
    expect(
      partInfoFrom('gracilis-trigger-point-1', { kind: 'trigger-point', structure: 'gracilis', role: 1 })
        ?.role,
    ).toBe('1');
  });
});

const box = (a0: number, a1: number, y0: number, y1: number): [number, number][] => [
  [a0, y0],
  [(a0 + a1) / 2, y0 - 0.002],
  [a1, y0],
  [a1, y1],
  [(a0 + a1) / 2, y1 + 0.002],
  [a0, y1],
];
const texel = (data: Uint8Array, angle: number, y: number, channel: number) => {
  const col = Math.floor((angle / 360) * mapGrid.cols);
  const row = Math.floor(((y - mapGrid.yMin) / (mapGrid.yMax - mapGrid.yMin)) * mapGrid.rows);
  return data[(row * mapGrid.cols + col) * 4 + channel];
};

describe('referral map texture', () => {
  const focus = [{ essential: [box(150, 210, -0.45, -0.3)], spillover: [box(140, 220, -0.6, -0.25)] }];
  const compare = [{ essential: [box(60, 100, -0.3, -0.2)], spillover: [] }];

  it('puts the focused map in red (essential) and green (spillover), the compared one in blue and alpha', () => {
    const data = mapTextureData(focus, compare);
    expect(texel(data, 180, -0.4, 0)).toBe(255);
    expect(texel(data, 180, -0.55, 0)).toBe(0);
    expect(texel(data, 180, -0.55, 1)).toBe(255);
    expect(texel(data, 80, -0.25, 2)).toBe(255);
    expect(texel(data, 180, -0.4, 2)).toBe(0);
    expect(texel(data, 300, -0.4, 0)).toBe(0);
  });

  it('paints nothing without a map, so no zone is ever dropped or left over', () => {
    expect(mapTextureData(null, null).some((v) => v !== 0)).toBe(false);
    // Every island is rasterised whatever the number of trigger points (no uniform-array limit).
    const many = Array.from({ length: 40 }, (_, i) => ({
      essential: [box(i * 9, i * 9 + 6, -0.5, -0.45)],
      spillover: [],
    }));
    const data = mapTextureData(many, null);
    for (let i = 0; i < 40; i++) expect(texel(data, i * 9 + 3, -0.475, 0)).toBe(255);
  });
});

describe('map colours', () => {
  it('tells the focused and the compared map apart', () => {
    expect(mapColours.focus).not.toBe(mapColours.compare);
  });
  it('colours origins and insertions apart, and bone unlike muscle', () => {
    expect(partColour(origin)).toBe(partColours.origin);
    expect(partColour({ ...origin, role: 'insertion' })).toBe(partColours.insertion);
    expect(partColour(femur)).not.toBe(partColour(gmax));
  });
});
