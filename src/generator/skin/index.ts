/**
 * Skin, fascia lata and iliotibial tract, built on one radial grid around the limb axis
 * (anatomy/surface.ts): the radius in each direction is the largest extent of the bones and soft
 * tissue there plus a subcutaneous layer (5–15 mm, thicker medially and over the buttock),
 * never less than a plain body-shape envelope, then smoothed. Because every vertex sits on its
 * (height, angle) ray, the skin's `_SURFACE` attribute is exact by construction.
 */
import type { Vec3 } from '../../anatomy/types.ts';
import type { MeshPart } from '../types.ts';
import { buildFootSkin } from './foot.ts';
import { vertexNormals } from '../mesh/normals.ts';
import { compact } from '../mesh/simplify.ts';
import { limbAxisAt } from '../../anatomy/surface.ts';
import { blurRadii, direction, gridPoint, radialExtent, radiusToPlaneX } from './radial-grid.ts';
import { fatThickness, templateRadius } from './template.ts';
import { shapeButtock } from './buttock.ts';

const Y_TOP = 0.095;
/** The last horizontal ring, just above the malleoli; the foot block (foot.ts) continues below. */
const Y_BOTTOM = -0.859;
const ROW_STEP = 0.006;
const COLUMNS = 96;
/** Above this height the medial side stops at the midline plane (x = 0): a half pelvis. */
const Y_CROTCH = -0.1;

export const SKIN_COLOR = [0.8, 0.56, 0.45] as const;
const FASCIA_COLOR = [0.85, 0.85, 0.8] as const;
/** A cooler, tendon-like white so the tract stands out on the fascia lata. */
const ITB_COLOR = [0.78, 0.83, 0.9] as const;

interface Shell {
  ys: Float64Array;
  angles: Float64Array;
  /** Outer skin radius per (row, column) with columns 0 … COLUMNS-1 (periodic). */
  skin: Float64Array;
  fat: Float64Array;
}

function midlineLimit(y: number, angle: number): number {
  return y < Y_CROTCH ? Infinity : radiusToPlaneX(y, angle, 0);
}

function buildShell(parts: readonly MeshPart[]): Shell {
  const rows = Math.round((Y_TOP - Y_BOTTOM) / ROW_STEP) + 1;
  const ys = new Float64Array(rows);
  for (let r = 0; r < rows; r++) ys[r] = Y_TOP - r * ROW_STEP;
  const angles = new Float64Array(COLUMNS + 1);
  for (let c = 0; c <= COLUMNS; c++) angles[c] = (c * 360) / COLUMNS;
  const inner = parts.filter(
    (p) => p.extras.kind !== 'skin' && p.extras.kind !== 'fascia' && p.extras.kind !== 'trigger-point',
  );
  // The common fibular nerve, where it winds round the fibular neck, lies in the fat just under
  // the skin: the skin only has to clear it, not carry a fat layer over it, or it shows through as
  // a ridge below the knee. (The other nerves run deep, under muscle, and keep the usual layer.)
  const subcutaneous = (p: MeshPart): boolean => p.name === 'common-fibular-nerve';
  const extent = radialExtent(
    inner.filter((p) => !subcutaneous(p)),
    ys,
    COLUMNS,
    0.002,
    2,
  );
  const nerves = radialExtent(inner.filter(subcutaneous), ys, COLUMNS, 0.002, 2);
  const skin = new Float64Array(rows * COLUMNS);
  const fat = new Float64Array(rows * COLUMNS);
  const floor = new Float64Array(rows * COLUMNS);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < COLUMNS; c++) {
      const i = r * COLUMNS + c;
      const y = ys[r]!;
      const a = angles[c]!;
      fat[i] = fatThickness(y, a);
      const tissue = extent[i]! + fat[i]!;
      floor[i] = extent[i]! + 0.004;
      skin[i] = Math.min(Math.max(templateRadius(y, a), tissue), midlineLimit(y, a));
    }
  }
  // Smooth the tissue envelope; then lift it over a smooth hull of the parts (the floor dilated
  // and blurred, so bony points such as the fibular head give a gentle rise, not a spike).
  blurRadii(skin, rows, COLUMNS, 3, 2, 2);
  const hull = dilate(floor, rows, COLUMNS, 2, 2);
  // 2.5 mm over the nerve's outermost vertices: the skin is only sampled at grid points and comes
  // a little closer between them.
  for (let i = 0; i < floor.length; i++) floor[i] = Math.max(floor[i]!, nerves[i]! + 0.0025);
  blurRadii(hull, rows, COLUMNS, 5, 3, 3);
  for (let i = 0; i < skin.length; i++) skin[i] = Math.max(skin[i]!, hull[i]!, floor[i]!);
  blurRadii(skin, rows, COLUMNS, 1, 1, 1);
  shapeButtock({ skin, fat, floor, ys, angles, cols: COLUMNS });
  for (let r = 0; r < rows; r++) {
    // The limb axis is a polyline: rings around it crease where it bends (a faint horizontal line
    // at each axis vertex). Each ring's radii are shifted as if centred on a smoothed axis.
    const y = ys[r]!;
    const axis = limbAxisAt(y);
    const smooth = smoothedAxisAt(y);
    for (let c = 0; c < COLUMNS; c++) {
      const i = r * COLUMNS + c;
      const [dx, dz] = direction(angles[c]!);
      const shift = (smooth.x - axis.x) * dx + (smooth.z - axis.z) * dz;
      skin[i] = Math.min(Math.max(skin[i]! + shift, floor[i]!), midlineLimit(y, angles[c]!));
    }
  }
  return { ys, angles, skin, fat };
}

/** The limb axis averaged over ±4 cm of height (piecewise quadratic, so without kinks). */
function smoothedAxisAt(y: number): { x: number; z: number } {
  let x = 0;
  let z = 0;
  const n = 16;
  for (let k = 0; k <= n; k++) {
    const c = limbAxisAt(y - 0.04 + (0.08 * k) / n);
    const w = k === 0 || k === n ? 0.5 : 1;
    x += c.x * w;
    z += c.z * w;
  }
  return { x: x / n, z: z / n };
}

/** Grey-level dilation (running maximum) of a rows × cols field, periodic in columns. */
function dilate(
  values: Float64Array,
  rows: number,
  cols: number,
  rowReach: number,
  colReach: number,
): Float64Array {
  const out = new Float64Array(values.length);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      let m = -Infinity;
      for (let dr = -rowReach; dr <= rowReach; dr++) {
        const rr = Math.min(Math.max(r + dr, 0), rows - 1);
        for (let dc = -colReach; dc <= colReach; dc++)
          m = Math.max(m, values[rr * cols + ((c + dc + cols) % cols)]!);
      }
      out[r * cols + c] = m;
    }
  }
  return out;
}

/** Triangulates a rows × (cols+1) grid whose last column duplicates the first (seam). */
function gridIndices(rows: number, cols: number, offset = 0, flip = false): number[] {
  const idx: number[] = [];
  const w = cols + 1;
  for (let r = 0; r < rows - 1; r++) {
    for (let c = 0; c < cols; c++) {
      const a = offset + r * w + c;
      const b = a + 1;
      const d = a + w;
      const e = d + 1;
      // Rows go downward and angles turn lateral-ward; this winding faces outward.
      if (flip) idx.push(a, d, b, b, d, e);
      else idx.push(a, b, d, b, e, d);
    }
  }
  return idx;
}

function part(
  name: string,
  extras: MeshPart['extras'],
  pos: number[],
  idx: number[],
  color: readonly [number, number, number],
  surface?: number[],
): MeshPart {
  const positions = Float32Array.from(pos);
  const indices = Uint32Array.from(idx);
  return {
    name,
    extras,
    positions,
    indices,
    normals: vertexNormals(positions, indices),
    color,
    ...(surface ? { surface: Float32Array.from(surface) } : {}),
  };
}

function buildSkin(shell: Shell, parts: readonly MeshPart[]): MeshPart {
  const { ys, angles, skin } = shell;
  const rows = ys.length;
  const pos: number[] = [];
  const surf: number[] = [];
  const ringRadius = (r: number, c: number) => skin[r * COLUMNS + (c % COLUMNS)]!;
  // A rounded cap above the top ring, shrinking along a superellipse.
  const capTop = [0.35, 0.6, 0.8, 0.92].map((s) => ({ s, h: 0.02, p: 2 }));
  const rings: { y: number; row: number; scale: number }[] = [];
  for (const { s, h, p } of [...capTop].reverse())
    rings.push({ y: Y_TOP + h * s, row: 0, scale: Math.pow(1 - Math.pow(s, p), 1 / p) });
  for (let r = 0; r < rows; r++) rings.push({ y: ys[r]!, row: r, scale: 1 });
  for (const ring of rings) {
    for (let c = 0; c <= COLUMNS; c++) {
      const a = angles[c]!;
      pos.push(...gridPoint(ring.y, a, ringRadius(ring.row, c) * ring.scale));
      surf.push(ring.y, a);
    }
  }
  // The ankle and foot continue the grid below the last ring.
  const ankle: Vec3[] = [];
  for (let c = 0; c <= COLUMNS; c++)
    ankle.push(gridPoint(ys[rows - 1]!, angles[c]!, ringRadius(rows - 1, c)));
  // The leg's taper over its last few rings, clamped (a steep calf-to-tendon slope must not run on).
  const taper: number[] = [];
  for (let c = 0; c < COLUMNS; c++) {
    const slope = (ringRadius(rows - 1, c) - ringRadius(rows - 4, c)) / (3 * ROW_STEP);
    taper.push(Math.min(Math.max(slope, -0.4), 0.4));
  }
  const foot = buildFootSkin(ankle, taper, ys[rows - 1]!, angles, parts);
  for (const ring of foot.rings) {
    pos.push(...ring.positions);
    surf.push(...ring.surface);
  }
  const ringCount = rings.length + foot.rings.length;
  const idx = gridIndices(ringCount, COLUMNS);
  // Close each end with a fan to a point on the limb axis. The centre is one point in space but one
  // vertex per column, each carrying its column's angle, so the surface coordinate stays
  // continuous in every fan triangle (the contract's seam rule).
  const w = COLUMNS + 1;
  const fan = (centre: Vec3, ring: number, outward: 1 | -1) => {
    const first = pos.length / 3;
    for (let c = 0; c < COLUMNS; c++) {
      pos.push(...centre);
      // The angle midway between the two ring vertices it joins (the foot's columns are not
      // evenly spaced in angle, see foot.ts).
      const a = (ring * w + c) * 2 + 1;
      surf.push(centre[1], (surf[a]! + surf[a + 2]!) / 2);
    }
    for (let c = 0; c < COLUMNS; c++) {
      const a = ring * w + c;
      if (outward === 1) idx.push(first + c, a + 1, a);
      else idx.push(first + c, a, a + 1);
    }
  };
  const topAxis = limbAxisAt(Y_TOP + 0.02);
  fan([topAxis.x, Y_TOP + 0.02, topAxis.z], 0, 1);
  fan(foot.centre, ringCount - 1, -1);
  return part('skin', { kind: 'skin', structure: 'skin' }, pos, idx, SKIN_COLOR, surf);
}

/** Fascia lata: a thin sleeve just under the skin, from the iliac crest to below the knee. */
function buildFasciaLata(shell: Shell): MeshPart {
  const { ys, angles, skin, fat } = shell;
  const pos: number[] = [];
  let rowsUsed = 0;
  for (let r = 0; r < ys.length; r++) {
    const y = ys[r]!;
    if (y > 0.06 || y < -0.52) continue;
    rowsUsed++;
    for (let c = 0; c <= COLUMNS; c++) {
      const i = r * COLUMNS + (c % COLUMNS);
      pos.push(...gridPoint(y, angles[c]!, skin[i]! - 0.8 * fat[i]!));
    }
  }
  return part(
    'fascia-lata',
    { kind: 'fascia', structure: 'fascia-lata', layer: 1 },
    pos,
    gridIndices(rowsUsed, COLUMNS),
    FASCIA_COLOR,
  );
}

const GERDY: readonly [number, number, number] = [-0.115, -0.51, -0.069];

/**
 * Iliotibial tract: a band 2.5 mm thick on the lateral thigh, broad under the iliac crest and
 * tensor fasciae latae, narrowing to ~3 cm and diving to Gerdy's tubercle on the tibia.
 */
function buildIliotibialTract(shell: Shell): MeshPart {
  const { ys, skin, fat } = shell;
  const yTop = 0.04;
  const yBottom = GERDY[1];
  const gc = limbAxisAt(GERDY[1]);
  const gerdyAngle = (Math.atan2(-(GERDY[0] - gc.x), GERDY[2] - gc.z) * 180) / Math.PI;
  const gerdyRadius = Math.hypot(GERDY[0] - gc.x, GERDY[2] - gc.z) + 0.002;
  const across = 9;
  const radiusAt = (y: number, a: number) => {
    // Interpolate the shell's radius at (y, a).
    const rf = Math.min(Math.max((ys[0]! - y) / ROW_STEP, 0), ys.length - 1);
    const r0 = Math.floor(rf);
    const r1 = Math.min(r0 + 1, ys.length - 1);
    const cf = (((a % 360) + 360) % 360) / (360 / COLUMNS);
    const c0 = Math.floor(cf) % COLUMNS;
    const c1 = (c0 + 1) % COLUMNS;
    const tr = rf - r0;
    const tc = cf - Math.floor(cf);
    const at = (arr: Float64Array, r: number, c: number) => arr[r * COLUMNS + c]!;
    const bil = (arr: Float64Array) =>
      (at(arr, r0, c0) * (1 - tc) + at(arr, r0, c1) * tc) * (1 - tr) +
      (at(arr, r1, c0) * (1 - tc) + at(arr, r1, c1) * tc) * tr;
    return bil(skin) - 0.8 * bil(fat);
  };
  const outer: number[][] = [];
  const inner: number[][] = [];
  const steps = 60;
  // The band is lens-shaped in section: thickest on its midline, outer and inner faces meeting at
  // both edges (and at its upper end), so no wall stands edge-on a few millimetres under the skin.
  // Such walls showed through the skin as a dotted line in multisampled renders (SwiftShader
  // takes one depth per pixel for partly covered pixels, so a steep wall can win the depth test).
  const thickness = (k: number, j: number): number => {
    if (j === 0 || j === across - 1 || k === 0) return 0;
    const across01 = Math.sin((Math.PI * j) / (across - 1));
    const top01 = Math.min(1, k / 4);
    return Math.sqrt(across01) * Math.sqrt(top01);
  };
  for (let k = 0; k <= steps; k++) {
    const t = k / steps;
    const y = yTop + (yBottom - yTop) * t;
    const centre = 96 + (gerdyAngle - 96) * Math.pow(t, 3);
    const halfWidth = 30 - 18 * Math.min(t / 0.55, 1) - 6 * Math.max(0, (t - 0.85) / 0.15);
    const dive = Math.max(0, (t - 0.82) / 0.18);
    const dv = dive * dive * (3 - 2 * dive);
    for (let j = 0; j < across; j++) {
      const a = centre - halfWidth + (2 * halfWidth * j) / (across - 1);
      const r = radiusAt(y, a) * (1 - dv) + gerdyRadius * dv;
      const w = thickness(k, j);
      outer.push(gridPoint(y, a, r - 0.0005 + 0.0025 * w));
      inner.push(gridPoint(y, a, r - 0.0005));
    }
  }
  const pos: number[] = [];
  for (const p of outer) pos.push(...p);
  for (const p of inner) pos.push(...p);
  const n = outer.length;
  const rows = steps + 1;
  const idx: number[] = [];
  // Where the thickness is zero the inner vertex is the outer one, so the faces close the band.
  const id = (layer: number, k: number, j: number) =>
    layer === 1 && thickness(k, j) === 0 ? k * across + j : layer * n + k * across + j;
  for (let k = 0; k < rows - 1; k++) {
    for (let j = 0; j < across - 1; j++) {
      const a = id(0, k, j);
      const b = id(0, k, j + 1);
      const d = id(0, k + 1, j);
      const e = id(0, k + 1, j + 1);
      idx.push(a, d, b, b, d, e);
      const ai = id(1, k, j);
      const bi = id(1, k, j + 1);
      const di = id(1, k + 1, j);
      const ei = id(1, k + 1, j + 1);
      idx.push(ai, bi, di, bi, ei, di);
    }
  }
  // The long edges and the upper end have zero thickness (outer = inner vertex, welded below);
  // only the lower end, deep at Gerdy's tubercle, is closed by a wall.
  for (const k of [rows - 1]) {
    for (let j = 0; j < across - 1; j++) {
      const o0 = id(0, k, j);
      const o1 = id(0, k, j + 1);
      const i0 = id(1, k, j);
      const i1 = id(1, k, j + 1);
      idx.push(o0, i0, o1, o1, i0, i1);
    }
  }
  // The loops above wind inward; reverse every triangle so the band's normals face out.
  for (let t = 0; t < idx.length; t += 3) {
    const tmp = idx[t + 1]!;
    idx[t + 1] = idx[t + 2]!;
    idx[t + 2] = tmp;
  }
  // Drop the inner copies of the welded edge vertices.
  const used = compact({ positions: Float32Array.from(pos), indices: Uint32Array.from(idx) });
  return part(
    'iliotibial-tract',
    { kind: 'fascia', structure: 'iliotibial-tract', layer: 1, compartment: 'lateral' },
    [...used.positions],
    [...used.indices],
    ITB_COLOR,
  );
}

/** Skin, fascia lata and iliotibial tract over the given parts (bones and soft tissue). */
export function buildEnvelope(parts: readonly MeshPart[]): MeshPart[] {
  const shell = buildShell(parts);
  return [buildFasciaLata(shell), buildIliotibialTract(shell), buildSkin(shell, parts)];
}
