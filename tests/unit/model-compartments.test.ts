/**
 * Each thigh muscle stays on its own side of the femur. An adductor tendon that ended in the middle
 * of the femur used to be pushed out of the bone on its far side; the fragment lay lateral to the
 * femur, vastus lateralis was lifted over it, and the outer thigh showed a bulge under the skin.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type LoadedModel, loadModel } from './model-fixture.ts';

let model: LoadedModel;
beforeAll(async () => {
  model = await loadModel();
}, 60_000);

/** Sectors (deg, 0 anterior, 90 lateral, 180 posterior, 270 medial) a compartment never reaches. */
const forbidden = {
  'medial-thigh': { from: 45, to: 135, side: 'lateral' },
  'posterior-thigh': { from: 315, to: 405, side: 'anterior' },
} as const;

/** Closer to the femur than this (m from its centre) a tendon may wrap onto the bone it inserts on. */
const ON_BONE = 0.022;

function femurCentre(y: number): [number, number] {
  const p = model.nodes.get('femur')!.positions;
  let x = 0;
  let z = 0;
  let n = 0;
  for (let i = 0; i < p.length; i += 3) {
    if (Math.abs(p[i + 1]! - y) > 0.003) continue;
    x += p[i]!;
    z += p[i + 2]!;
    n++;
  }
  // Too few vertices at a height would give no (or a skewed) centre and silently pass it.
  expect(n, `femur vertices within 3 mm of y ${y.toFixed(2)}`).toBeGreaterThan(8);
  return [x / n, z / n];
}

describe('thigh compartments', () => {
  for (const [compartment, sector] of Object.entries(forbidden)) {
    it(`keeps every ${compartment} muscle off the ${sector.side} side of the femur at mid-thigh`, () => {
      const muscles = [...model.nodes.values()].filter(
        (n) => n.extras.kind === 'muscle' && n.extras.compartment === compartment,
      );
      expect(muscles.length).toBeGreaterThan(3);
      const strays: string[] = [];
      let checked = 0;
      for (let k = 0; k <= 18; k++) {
        const y = -0.18 - 0.01 * k;
        const [cx, cz] = femurCentre(y);
        for (const m of muscles) {
          const p = m.positions;
          for (let i = 0; i < p.length; i += 3) {
            if (Math.abs(p[i + 1]! - y) > 0.005) continue;
            const dx = p[i]! - cx;
            const dz = p[i + 2]! - cz;
            checked++;
            if (Math.hypot(dx, dz) < ON_BONE) continue;
            let angle = ((Math.atan2(-dx, dz) * 180) / Math.PI + 360) % 360;
            if (angle < sector.from) angle += 360;
            if (angle <= sector.to)
              strays.push(
                `${m.name} at y ${y.toFixed(2)}, ${(angle % 360) | 0}°, ${(Math.hypot(dx, dz) * 1000) | 0} mm out`,
              );
          }
        }
      }
      expect(checked).toBeGreaterThan(1000);
      expect(strays.slice(0, 5), `${strays.length} vertices`).toEqual([]);
    });
  }
});
