/**
 * A plain body-shape envelope of the right half-pelvis and limb, used as the skin's lower bound so
 * the outline keeps a buttock, a thigh, a knee and a calf even where the soft-tissue meshes are
 * thin or missing. Radii (m) from the limb axis toward anterior, lateral, posterior and medial,
 * chosen so the circumferences match adult figures (anatomy-figures.md §2: mid-thigh ≈ 52 cm;
 * knee ≈ 38 cm, calf ≈ 37 cm, ankle ≈ 23 cm: common anthropometric values).
 */
const table: readonly (readonly [y: number, a: number, l: number, p: number, m: number])[] = [
  [0.1, 0.062, 0.08, 0.1, 0.06],
  [0.05, 0.08, 0.095, 0.112, 0.068],
  [0.0, 0.083, 0.096, 0.118, 0.07],
  [-0.06, 0.079, 0.096, 0.122, 0.074],
  [-0.11, 0.075, 0.09, 0.114, 0.076],
  [-0.135, 0.076, 0.088, 0.104, 0.077],
  [-0.16, 0.076, 0.085, 0.094, 0.078],
  [-0.19, 0.072, 0.078, 0.082, 0.074],
  [-0.27, 0.067, 0.07, 0.072, 0.073],
  [-0.36, 0.06, 0.062, 0.062, 0.07],
  [-0.41, 0.052, 0.059, 0.058, 0.07],
  [-0.46, 0.044, 0.053, 0.052, 0.058],
  [-0.52, 0.04, 0.052, 0.056, 0.054],
  [-0.6, 0.032, 0.052, 0.07, 0.058],
  [-0.66, 0.03, 0.049, 0.068, 0.054],
  [-0.74, 0.027, 0.042, 0.052, 0.043],
  [-0.82, 0.026, 0.034, 0.04, 0.033],
  [-0.87, 0.028, 0.035, 0.04, 0.035],
  [-0.92, 0.03, 0.034, 0.057, 0.033],
  [-0.96, 0.03, 0.03, 0.05, 0.03],
];

function radiiAt(y: number): readonly [number, number, number, number] {
  if (y >= table[0]![0]) return table[0]!.slice(1) as unknown as [number, number, number, number];
  for (let i = 1; i < table.length; i++) {
    const lo = table[i]!;
    const hi = table[i - 1]!;
    if (y >= lo[0]) {
      const t = (hi[0] - y) / (hi[0] - lo[0]);
      const s = t * t * (3 - 2 * t);
      return [1, 2, 3, 4].map((k) => hi[k]! + (lo[k]! - hi[k]!) * s) as unknown as [
        number,
        number,
        number,
        number,
      ];
    }
  }
  return table[table.length - 1]!.slice(1) as unknown as [number, number, number, number];
}

/** Envelope radius at height y and angle (deg), ellipse-blended between the four anchors. */
export function templateRadius(y: number, angleDeg: number): number {
  const r = radiiAt(y);
  const a = ((angleDeg % 360) + 360) % 360;
  const q = Math.min(Math.floor(a / 90), 3);
  const t = ((a - q * 90) * Math.PI) / 180;
  const r0 = r[q]!;
  const r1 = r[(q + 1) % 4]!;
  // A superellipse (exponent above 2) in the posterior quadrants of the buttock gives its round
  // fullness toward the gluteal cleft instead of a plain oval.
  const buttock = y < 0.02 && y > -0.17 && (q === 1 || q === 2) ? Math.sin(((0.02 - y) / 0.19) * Math.PI) : 0;
  // Likewise the anterolateral quadrant at the iliac crest fills out over the ASIS.
  const hip = y < 0.1 && y > -0.06 && q === 0 ? Math.sin(((0.1 - y) / 0.16) * Math.PI) : 0;
  const n = 2 + 0.9 * buttock + 0.8 * hip;
  const c = Math.abs(Math.cos(t));
  const s = Math.abs(Math.sin(t));
  return 1 / Math.pow(Math.pow(c / r0, n) + Math.pow(s / r1, n), 1 / n);
}

/** Subcutaneous fat thickness: 6 mm, up to 12 mm medially, more over the buttock (5–15 mm). */
export function fatThickness(y: number, angleDeg: number): number {
  const a = (angleDeg * Math.PI) / 180;
  const medial = Math.max(0, -Math.sin(a)); // 1 at 270°
  const posterior = Math.max(0, -Math.cos(a));
  // Fullest over the lower buttock, fading out at the fold and a little below it (buttock.ts
  // shapes the fold itself), so the pad does not end in a step.
  const buttock = y < 0.04 && y > -0.2 ? Math.sin(((0.04 - y) / 0.24) * Math.PI) : 0;
  const leg = y < -0.5 ? 0.6 : 1;
  return (0.006 + 0.006 * medial * leg + 0.006 * posterior * buttock) * (y < -0.85 ? 0.8 : 1);
}
