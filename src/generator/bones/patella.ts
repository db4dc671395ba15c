/**
 * Patella: a rounded, forward-convex triangle with its apex down, in front of the femoral trochlea
 * at gait2392's standing quadriceps insertion point (≈ 45 mm tall and wide, ≈ 21 mm thick).
 */
import type { Vec3 } from '../../anatomy/types.ts';
import { ellipsoid, smin, type Sdf } from '../mesh/sdf.ts';

const body = ellipsoid([-0.084, -0.447, -0.0245], [0.0225, 0.0225, 0.0118]);
const apex = ellipsoid([-0.084, -0.466, -0.0255], [0.011, 0.012, 0.0075]);

export const patellaField: Sdf = (x, y, z) => smin(body(x, y, z), apex(x, y, z), 0.008);

export const patellaBounds = { min: [-0.11, -0.49, -0.04] as Vec3, max: [-0.058, -0.425, -0.008] as Vec3 };
