/**
 * Musculotendon path lengths: each gait2392 line's points posed with the segment they belong to,
 * joined in order. A muscle with several lines (gluteus maximus 1-3, adductor magnus 1-3,
 * iliopsoas = iliacus + psoas, ...) reports the mean of its lines' percent changes, so a broad
 * muscle reads as a whole rather than as its most stretched fibres.
 *
 * Two simplifications of gait2392's path model, both declared:
 * - conditional points (wraps gait2392 switches on in part of a joint's range). The quadriceps'
 *   points over the front of the femoral condyles are used only past 83.65 deg of knee flexion,
 *   gait2392's range for rect_fem_r-P2 (-2.618 to -1.460 rad), applied to the vasti too; every
 *   other conditional point sits beside its own line's attachment on the same bone (hamstrings'
 *   and gracilis's below the knee, the gastrocnemius heads' behind the condyles, iliopsoas's at the
 *   pelvic brim) and is always used.
 * - moving points (the quadriceps' patellar end, which gait2392 slides with knee angle) ride the
 *   tibia from their standing position. The patella really tracks closer to the knee axis as the
 *   knee bends, so the quadriceps lengthen somewhat more here than in gait2392 for large knee
 *   angles; the sign and the ranking are unaffected.
 */
import type { MuscleId } from '../anatomy/ids.ts';
import { apply, segmentTransforms, standing, type JointAngles, type Segment, type Vec3 } from './joints.ts';
import { gait2392Lines, type MuscleLine, type PathPoint } from './gait2392-lines.ts';

export type Joint = 'hip' | 'knee' | 'ankle';

/** gait2392 rect_fem_r-P2: used from 1.45997 rad (83.65 deg) of knee flexion. */
const quadricepsWrapFrom = 83.65;
const quadriceps: readonly MuscleId[] = [
  'rectus-femoris',
  'vastus-lateralis',
  'vastus-medialis',
  'vastus-intermedius',
];

function isUsed(line: MuscleLine, point: PathPoint, angles: JointAngles): boolean {
  if (point.kind !== 'conditional') return true;
  if (quadriceps.includes(line.muscle) && point.body === 'femur')
    return angles.kneeFlexion >= quadricepsWrapFrom;
  return true;
}

const distance = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** The posed points of one line, in order (unused conditional points left out). */
export function posedPath(line: MuscleLine, angles: JointAngles): Vec3[] {
  const transforms = segmentTransforms(angles);
  return line.points.filter((p) => isUsed(line, p, angles)).map((p) => apply(transforms[p.body], p.at));
}

/** Length of one line in a pose (m). */
export function lineLength(line: MuscleLine, angles: JointAngles): number {
  const points = posedPath(line, angles);
  let length = 0;
  for (let i = 1; i < points.length; i++) length += distance(points[i - 1]!, points[i]!);
  return length;
}

const order: readonly Segment[] = ['pelvis', 'femur', 'tibia', 'foot'];
const jointAfter: Record<Exclude<Segment, 'foot'>, Joint> = { pelvis: 'hip', femur: 'knee', tibia: 'ankle' };

/** The joints a line crosses: every joint between its first and last point's segments. */
export function jointsCrossed(line: MuscleLine): Joint[] {
  const at = line.points.map((p) => order.indexOf(p.body));
  const from = Math.min(...at);
  const to = Math.max(...at);
  return order.slice(from, to).map((s) => jointAfter[s as Exclude<Segment, 'foot'>]);
}

/** The joints a pose moves away from standing. */
export function jointsMoved(angles: JointAngles): Joint[] {
  const moved: Joint[] = [];
  if (angles.hipFlexion || angles.hipAdduction || angles.hipRotation) moved.push('hip');
  if (angles.kneeFlexion) moved.push('knee');
  if (angles.ankleDorsiflexion) moved.push('ankle');
  return moved;
}

export interface Stretch {
  muscle: MuscleId;
  /** Change in musculotendon length from standing, percent (positive = lengthened). */
  percent: number;
  /** The joints this muscle crosses that the pose moves. */
  joints: Joint[];
  /** gait2392 lines averaged. */
  lines: number;
}

/** The muscles with a gait2392 path (every muscle this module can measure). */
export const measuredMuscles: readonly MuscleId[] = [...new Set(gait2392Lines.map((l) => l.muscle))];

/** Percent change of one muscle (mean of its lines) from standing; undefined if it has no path. */
export function stretchOf(muscle: MuscleId, angles: JointAngles): number | undefined {
  const lines = gait2392Lines.filter((l) => l.muscle === muscle);
  if (!lines.length) return undefined;
  const percents = lines.map((l) => (lineLength(l, angles) / lineLength(l, standing) - 1) * 100);
  return percents.reduce((a, b) => a + b, 0) / percents.length;
}

/**
 * Every muscle that crosses a joint the pose moves, with its length change, largest change
 * (either sign) first. Muscles whose joints stay still are left out: their length is unchanged.
 */
export function stretches(angles: JointAngles): Stretch[] {
  const moved = jointsMoved(angles);
  const list: Stretch[] = [];
  for (const muscle of measuredMuscles) {
    const lines = gait2392Lines.filter((l) => l.muscle === muscle);
    const crossed = [...new Set(lines.flatMap(jointsCrossed))];
    const joints = crossed.filter((j) => moved.includes(j));
    if (!joints.length) continue;
    list.push({ muscle, percent: stretchOf(muscle, angles)!, joints, lines: lines.length });
  }
  return list.sort((a, b) => Math.abs(b.percent) - Math.abs(a.percent));
}
