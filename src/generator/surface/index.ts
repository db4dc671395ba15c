/**
 * The surface pass, run on the final (simplified) meshes: fibre direction and tendon weight on
 * muscles and tendons, the cut section at the trunk, then baked ambient occlusion on muscles
 * and tendons (shaded by bones and muscles). What it adds is written as vertex attributes (see gltf/write-glb.ts and the
 * README, "The model").
 */
import type { LoftedMuscle } from '../soft-tissue/muscle-loft.ts';
import type { MeshPart } from '../types.ts';
import { type TrunkCut, openCutSection, trunkCuts } from './cut-section.ts';
import { type FibreGuides, fibreGuides } from './fibre-guides.ts';
import { bakeFibres } from './fibres.ts';
import { bakeOcclusion } from './occlusion.ts';

/** What the soft-tissue builder hands on for the surface pass. */
export interface SurfaceGuides {
  fibres: FibreGuides;
  cuts: TrunkCut[];
}

export function surfaceGuides(muscles: readonly LoftedMuscle[]): SurfaceGuides {
  return { fibres: fibreGuides(muscles), cuts: trunkCuts(muscles) };
}

export function bakeSurfaces(parts: readonly MeshPart[], guides: SurfaceGuides | undefined): void {
  if (guides) {
    for (const part of parts) bakeFibres(part, guides.fibres);
    for (const cut of guides.cuts) {
      const part = parts.find((p) => p.name === cut.structure);
      if (part) openCutSection(part, cut);
    }
  }
  bakeOcclusion(parts);
}
