/**
 * Calcaneus: the heel bone, from its tuberosity behind (gait2392's calcaneal insertion of the
 * triceps surae, the heel marker) forward to the cuboid facet, with the sustentaculum tali
 * shelving medially under the ankle. Its plantar surface sits at gait2392's calcaneus origin.
 */
import type { Vec3 } from '../../anatomy/types.ts';
import { ellipsoid, roundCone, smin, type Sdf } from '../mesh/sdf.ts';

const tuberosity = ellipsoid([-0.088, -0.918, -0.12], [0.0165, 0.021, 0.018]);
const body = roundCone([-0.088, -0.917, -0.112], [-0.093, -0.92, -0.056], 0.016, 0.0125);
const anteriorProcess = ellipsoid([-0.095, -0.919, -0.047], [0.013, 0.012, 0.011]);
const posteriorFacet = ellipsoid([-0.091, -0.906, -0.088], [0.015, 0.008, 0.017]);
const sustentaculum = ellipsoid([-0.071, -0.907, -0.077], [0.012, 0.0055, 0.011]);
const plantarProcesses = ellipsoid([-0.088, -0.933, -0.116], [0.016, 0.0065, 0.012]);

export const calcaneusField: Sdf = (x, y, z) => {
  let d = smin(tuberosity(x, y, z), body(x, y, z), 0.012);
  d = smin(d, anteriorProcess(x, y, z), 0.01);
  d = smin(d, posteriorFacet(x, y, z), 0.008);
  d = smin(d, sustentaculum(x, y, z), 0.006);
  d = smin(d, plantarProcesses(x, y, z), 0.008);
  return d;
};

export const calcaneusBounds = { min: [-0.115, -0.945, -0.142] as Vec3, max: [-0.055, -0.89, -0.03] as Vec3 };
