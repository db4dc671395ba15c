/**
 * Soft-tissue builder: muscles (with their tendons), attachment footprints, intermuscular septa,
 * the sciatic nerve and its divisions, and trigger-point anchors, all fitted to the bone set.
 */
import { attachmentNodeName, triggerPointNodeName } from '../../anatomy/ids.ts';
import { nerves } from '../../anatomy/nerves.ts';
import type { AnchorPart, BoneSet, MeshPart } from '../types.ts';
import { loftSections, smoothCentreline, type Section } from '../loft/index.ts';
import { keepBehindMidline } from '../mesh/midline.ts';
import { shaftAxis } from './bone-axes.ts';
import { pushOutOfField, settle } from './collide.ts';
import { muscleInputs } from './data.ts';
import { drapeMuscle } from './drape-muscle.ts';
import { culledBoneField } from './fast-field.ts';
import { calcanealTendon, patellarTendon } from './fixed-tendons.ts';
import { footprintMesh } from './footprints.ts';
import {
  INSERTION,
  NERVE,
  ORIGIN,
  SEPTUM,
  TENDON,
  joinMeshes,
  meshPart,
  muscleColour,
  ringRange,
} from './mesh-parts.ts';
import { type LoftedMuscle, loftMuscle } from './muscle-loft.ts';
import { nervePath } from './nerve-paths.ts';
import { nerveRadius } from './nerves.ts';
import { septumMesh, septumPlans } from './septa.ts';
import { muscleGeometries } from './shapes/index.ts';
import { snapEndsToBone } from './snap-ends.ts';
import { triggerPointPosition } from './trigger-points.ts';
import { tube } from './tubes.ts';
import { type SurfaceGuides, surfaceGuides } from '../surface/index.ts';

export interface SoftTissue {
  parts: MeshPart[];
  anchors: AnchorPart[];
  /** Fibre guides and cut ends for the surface pass on the final meshes (generator/surface). */
  guides?: SurfaceGuides;
}

export interface SoftTissueDetail extends SoftTissue {
  muscles: LoftedMuscle[];
}

export function buildSoftTissueDetail(bones: BoneSet): SoftTissueDetail {
  const boneField = culledBoneField(bones);
  const femur = shaftAxis(bones, 'femur', -0.1, -0.41, [-0.12, -0.078], [-0.09, -0.056], 16);
  const nervePaths = nerves.map((n) => ({ id: n.id, path: nervePath(n.id, n.path, bones) }));
  // The nerves' centrelines as their tubes are built below, so draped sheets lie on them.
  const nerveLines = nervePaths.map(({ id, path }) => ({
    line: smoothCentreline(path, 48),
    r: nerveRadius[id],
  }));
  const inputs = new Map(muscleInputs().map((m) => [m.id, m]));
  const geoms = muscleGeometries({ femur })
    .map((g) => snapEndsToBone(g, bones, boneField))
    .sort((a, b) => a.order - b.order);
  const lofted: LoftedMuscle[] = [];
  for (const g of geoms) {
    const m = loftMuscle(g, femur);
    const deeper = lofted.filter((d) => d.geometry.order < g.order);
    if (g.drape) drapeMuscle(m, deeper, boneField, femur, nerveLines);
    settle(m, deeper, boneField);
    // Gluteus maximus ends at the natal cleft: nothing of it crosses the midline (x = 0).
    if (g.id === 'gluteus-maximus') keepBehindMidline(m.positions, -0.002);
    lofted.push(m);
  }
  const parts: MeshPart[] = [];
  const anchors: AnchorPart[] = [];
  lofted.forEach((m, i) => {
    const g = m.geometry;
    const bellies = lofted.filter((b) => b.geometry.id === g.id);
    if (bellies[0] !== m) return;
    const input = inputs.get(g.id)!;
    const extras = {
      kind: 'muscle' as const,
      structure: g.id,
      layer: input.layer,
      compartment: input.compartment,
    };
    const rings = m.sections.length;
    let r0 = 0;
    let r1 = rings - 1;
    const split = (frac: number): boolean => frac >= g.tendonPartMin && frac * rings >= 3;
    if (split(g.tendon[0])) r0 = Math.max(1, m.bell.findIndex((b) => b > 0.02) - 1);
    if (split(g.tendon[1])) {
      let last = rings - 1;
      while (last > 0 && m.bell[last]! <= 0.02) last--;
      r1 = Math.min(rings - 2, last + 1);
    }
    parts.push(
      meshPart(
        g.id,
        extras,
        joinMeshes([r0 === 0 && r1 === rings - 1 ? m : ringRange(m, r0, r1, boneField), ...bellies.slice(1)]),
        muscleColour(i),
      ),
    );
    const tendonExtras = {
      kind: 'tendon' as const,
      structure: g.id,
      layer: input.layer,
      compartment: input.compartment,
    };
    if (r0 > 0)
      parts.push(meshPart(`${g.id}-proximal-tendon`, tendonExtras, ringRange(m, 0, r0, boneField), TENDON));
    if (r1 < rings - 1)
      parts.push(
        meshPart(`${g.id}-distal-tendon`, tendonExtras, ringRange(m, r1, rings - 1, boneField), TENDON),
      );
    input.triggerPoints.forEach((tp, k) => {
      const belly = tp.placement.belly ? bellies.find((b) => b.geometry.belly === tp.placement.belly) : m;
      if (!belly) throw new Error(`${tp.id}: ${g.id} has no belly named "${tp.placement.belly}"`);
      const p = triggerPointPosition(belly, tp.placement);
      anchors.push({
        name: triggerPointNodeName(g.id, k),
        extras: {
          kind: 'trigger-point',
          structure: g.id,
          role: String(k + 1),
          layer: input.layer,
          compartment: input.compartment,
        },
        position: p,
      });
    });
  });
  // Attachment footprints.
  for (const input of inputs.values()) {
    for (const role of ['origin', 'insertion'] as const) {
      const list = role === 'origin' ? input.origins : input.insertions;
      list.forEach((a, k) => {
        const mesh = footprintMesh(bones, a.bone, a.points);
        parts.push(
          meshPart(
            attachmentNodeName(input.id, role, k),
            { kind: 'attachment', structure: input.id, role },
            mesh,
            role === 'origin' ? ORIGIN : INSERTION,
          ),
        );
      });
    }
  }
  // Calcaneal tendon (gastrocnemius + soleus) and the patellar tendon.
  parts.push(calcanealTendon(boneField), patellarTendon(bones, boneField));
  // Septa, fitted into the gaps between the finished thigh muscles.
  const muscleParts = parts.filter((p) => p.extras.kind === 'muscle');
  for (const plan of septumPlans) {
    parts.push(
      meshPart(
        plan.id,
        { kind: 'septum', structure: plan.id },
        septumMesh(plan, femur, boneField, muscleParts),
        SEPTUM,
      ),
    );
  }
  // Nerves.
  for (const { id, path } of nervePaths) {
    const r = nerveRadius[id];
    const t = tube(path, (s) => r * (1 - 0.15 * s), 48, 12);
    pushOutOfField(t.positions, boneField, 0.0008);
    parts.push(
      meshPart(id, { kind: 'nerve', structure: id }, { positions: t.positions, indices: t.indices }, NERVE),
    );
  }
  return { parts, anchors, muscles: lofted };
}

export function buildSoftTissue(bones: BoneSet): SoftTissue {
  const { parts, anchors, muscles } = buildSoftTissueDetail(bones);
  return { parts, anchors, guides: surfaceGuides(muscles) };
}

export type { Section };
export { loftSections };
