/**
 * Joint centres of gait2392 (Delp et al. 1990) in the project's model frame (reference/README.md),
 * and Rajagopal markers moved onto gait2392's bodies.
 */
import type { Vec3 } from '../../anatomy/types.ts';

export const HIP_JOINT_CENTRE: Vec3 = [-0.0835, -0.0661, -0.0707];
export const KNEE_JOINT_CENTRE: Vec3 = [-0.0835, -0.4619, -0.0752];
export const ANKLE_JOINT_CENTRE: Vec3 = [-0.0835, -0.8919, -0.0752];

/**
 * A Rajagopal (2016) marker on gait2392's skeleton: subtract the Rajagopal body origin it is
 * expressed against and add the gait2392 origin of the same joint. Distal-end markers (malleoli,
 * femoral epicondyles) use the joint they sit beside, because the two models' segment lengths
 * differ by up to 4 cm.
 */
export function rajagopalToGait(marker: Vec3, rajagopalOrigin: Vec3, gaitOrigin: Vec3): Vec3 {
  return [
    marker[0] - rajagopalOrigin[0] + gaitOrigin[0],
    marker[1] - rajagopalOrigin[1] + gaitOrigin[1],
    marker[2] - rajagopalOrigin[2] + gaitOrigin[2],
  ];
}

/** Rajagopal 2016 markers used to place features (reference/markers.csv), already converted. */
const RAJ_TIBIA: Vec3 = [-0.07599, -0.48292, -0.05628];
const RAJ_TALUS: Vec3 = [-0.07599, -0.88292, -0.06628];
export const TIBIAL_PLATEAU = rajagopalToGait([-0.07451, -0.49992, -0.06437], RAJ_TIBIA, KNEE_JOINT_CENTRE);
export const LATERAL_MALLEOLUS_MARKER = rajagopalToGait(
  [-0.12899, -0.87172, -0.06128],
  RAJ_TALUS,
  ANKLE_JOINT_CENTRE,
);
export const MEDIAL_MALLEOLUS_MARKER = rajagopalToGait(
  [-0.03799, -0.87172, -0.05028],
  RAJ_TALUS,
  ANKLE_JOINT_CENTRE,
);
export const ASIS: Vec3 = [-0.12846, 0.01808, 0.00953];
export const PSIS: Vec3 = [-0.045, 0.035, -0.155];
