/**
 * Sacrum (with the coccyx tip) as a curved wedge-shaped plate in the midline, from the S1 body and
 * alae between the two iliac crests down and back to the tip. Placed against the PSIS markers
 * (Rajagopal, shared pelvis frame) and gait2392's piriformis and gluteus maximus origins.
 * Only its right half is kept (a median section, as atlases show one hip), matching the skin.
 */
import type { Vec3 } from '../../anatomy/types.ts';
import { ellipsoid, rodChain, smax, smin, sphere, thickSheet, type Sdf } from '../mesh/sdf.ts';

/** Rows top → tip: [y, z of the midline, half-width, half-thickness]. */
const rows: readonly (readonly [number, number, number, number])[] = [
  [0.058, -0.114, 0.047, 0.016],
  [0.027, -0.133, 0.045, 0.013],
  [-0.004, -0.148, 0.034, 0.0105],
  [-0.034, -0.157, 0.021, 0.0085],
  [-0.062, -0.152, 0.01, 0.0055],
];
const plate = thickSheet(
  rows.map(([y, z, w, t]) =>
    [-1, -0.5, 0, 0.5, 1].map(
      (f) => [f * w, y - Math.abs(f) * 0.004, z + f * f * 0.008, t * (1 - 0.35 * Math.abs(f))] as const,
    ),
  ),
);
const s1Body = ellipsoid([0, 0.052, -0.108], [0.024, 0.012, 0.019]);
/** Alae: the wings either side of S1, rounded on top. */
const alae = [
  ellipsoid([-0.03, 0.055, -0.118], [0.02, 0.011, 0.017]),
  ellipsoid([0.03, 0.055, -0.118], [0.02, 0.011, 0.017]),
];
const medianCrest = rodChain(
  [
    [0, 0.045, -0.13],
    [0, 0.015, -0.148],
    [0, -0.02, -0.16],
  ],
  [0.004, 0.004, 0.003],
);

/** Four pairs of pelvic (anterior) sacral foramina, pitting the concave front surface. */
const foramina = [0.036, 0.013, -0.009, -0.029].flatMap((y, i) => {
  const row = rows.findIndex((r) => r[0] <= y);
  const [y1, z1, , t1] = rows[Math.max(row - 1, 0)]!;
  const [y2, z2, , t2] = rows[row]!;
  const f = (y1 - y) / (y1 - y2);
  const zFront = z1 + (z2 - z1) * f + (t1 + (t2 - t1) * f) * 0.8;
  const dx = 0.017 - i * 0.0015;
  const r = 0.0055 - i * 0.0007;
  return [sphere([-dx, y, zFront], r), sphere([dx, y, zFront], r)];
});

export const sacrumField: Sdf = (x, y, z) => {
  let d = smin(plate(x, y, z), s1Body(x, y, z), 0.01);
  d = smin(d, medianCrest(x, y, z), 0.006);
  for (const ala of alae) d = smin(d, ala(x, y, z), 0.012);
  for (const hole of foramina) d = smax(d, -hole(x, y, z), 0.003);
  // Hemisected in the median plane, as in atlas views of one hip: the model shows the right half
  // of the body, and the skin's medial side ends at that plane.
  return smax(d, x - 0.001, 0.002);
};

export const sacrumBounds = { min: [-0.055, -0.075, -0.18] as Vec3, max: [0.006, 0.08, -0.085] as Vec3 };
