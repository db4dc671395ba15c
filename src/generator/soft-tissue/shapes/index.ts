/**
 * The shape of every muscle (paths, belly size and profile, tendons, build order), one file per
 * region of the limb.
 */
import { anteriorThighShapes } from './anterior-thigh.ts';
import { deepHipShapes } from './deep-hip.ts';
import { hipShapes } from './hip.ts';
import { legShapes } from './leg.ts';
import { lowerLegShapes } from './lower-leg.ts';
import { medialThighShapes } from './medial-thigh.ts';
import { posteriorThighShapes } from './posterior-thigh.ts';
import type { GeometryContext, MuscleGeometry } from './types.ts';

export type { GeometryContext, MuscleGeometry } from './types.ts';

export function muscleGeometries(ctx: GeometryContext): MuscleGeometry[] {
  return [
    ...hipShapes(),
    ...anteriorThighShapes(ctx),
    ...medialThighShapes(),
    ...posteriorThighShapes(),
    ...legShapes(),
    ...deepHipShapes(),
    ...lowerLegShapes(),
  ];
}
