/**
 * Calcaneus: the heel bone, from its tuberosity behind (gait2392's calcaneal insertion of the
 * triceps surae, the heel marker) forward to the cuboid facet, with the sustentaculum tali
 * shelving medially under the ankle. Its plantar surface sits at gait2392's calcaneus origin; its
 * upper (posterior talar) facet carries the talus (foot.ts).
 */
import type { Vec3 } from '../../anatomy/types.ts';
import { ellipsoid, smin, type Sdf } from '../mesh/sdf.ts';

const tuberosity = ellipsoid([-0.088, -0.914, -0.12], [0.0175, 0.026, 0.019]);
const body = ellipsoid([-0.09, -0.92, -0.09], [0.019, 0.019, 0.032]);
const anteriorProcess = ellipsoid([-0.096, -0.922, -0.052], [0.0145, 0.0125, 0.016]);
const posteriorFacet = ellipsoid([-0.091, -0.909, -0.085], [0.015, 0.005, 0.018]);
const sustentaculum = ellipsoid([-0.072, -0.911, -0.075], [0.0125, 0.0065, 0.012]);
const plantarProcesses = ellipsoid([-0.088, -0.932, -0.115], [0.017, 0.007, 0.013]);

export const calcaneusField: Sdf = (x, y, z) => {
  let d = smin(tuberosity(x, y, z), body(x, y, z), 0.016);
  d = smin(d, anteriorProcess(x, y, z), 0.01);
  d = smin(d, posteriorFacet(x, y, z), 0.008);
  d = smin(d, sustentaculum(x, y, z), 0.01);
  d = smin(d, plantarProcesses(x, y, z), 0.008);
  return d;
};

export const calcaneusBounds = { min: [-0.115, -0.945, -0.142] as Vec3, max: [-0.055, -0.89, -0.03] as Vec3 };
