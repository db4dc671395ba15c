/**
 * gait2392 muscle paths of the right leg, one entry per line of action, in the project frame
 * (m, standing pose). Carried over from ../shared/reference/attachments.csv (model gait2392;
 * OpenSim model after Delp et al. 1990, CC BY 3.0: credit Delp, Loan, Hoy, Zajac, Topp & Rosen;
 * Anderson & Pandy; Yamaguchi & Zajac; Thelen). Written once by a script from that file: rows in
 * the file's order, bodies renamed to this module's segments (calcn_r -> foot).
 *
 * `kind`: `fixed` points ride their body; `conditional` points are wraps gait2392 switches on only
 * in part of the knee or hip range (see path-length.ts for how they are used here); `moving` points
 * (the quadriceps' patellar end) slide with knee angle in gait2392: here they ride the tibia at
 * their standing position (a shortcut, see path-length.ts).
 */
import type { MuscleId } from '../anatomy/ids.ts';
import type { Segment } from './joints.ts';

export interface PathPoint {
  body: Segment;
  at: readonly [number, number, number];
  kind: 'fixed' | 'conditional' | 'moving';
}

export interface MuscleLine {
  /** gait2392's name of the line (e.g. `glut_max1_r`). */
  line: string;
  muscle: MuscleId;
  /** Origin first, insertion last. */
  points: readonly PathPoint[];
}

const p = (body: Segment, x: number, y: number, z: number, kind: PathPoint['kind'] = 'fixed'): PathPoint => ({
  body,
  at: [x, y, z],
  kind,
});

export const gait2392Lines: readonly MuscleLine[] = [
  {
    line: 'glut_med1_r',
    muscle: 'gluteus-medius',
    points: [p('pelvis', -0.1209, 0.0304, -0.0408), p('femur', -0.139, -0.0778, -0.0925)],
  },
  {
    line: 'glut_med2_r',
    muscle: 'gluteus-medius',
    points: [p('pelvis', -0.0766, 0.0445, -0.0855), p('femur', -0.1362, -0.0719, -0.0965)],
  },
  {
    line: 'glut_med3_r',
    muscle: 'gluteus-medius',
    points: [p('pelvis', -0.0648, 0.0105, -0.1223), p('femur', -0.1353, -0.0708, -0.1016)],
  },
  {
    line: 'glut_min1_r',
    muscle: 'gluteus-minimus',
    points: [p('pelvis', -0.1056, -0.008, -0.0467), p('femur', -0.1395, -0.0765, -0.0779)],
  },
  {
    line: 'glut_min2_r',
    muscle: 'gluteus-minimus',
    points: [p('pelvis', -0.0991, -0.0065, -0.0633), p('femur', -0.1395, -0.0765, -0.0803)],
  },
  {
    line: 'glut_min3_r',
    muscle: 'gluteus-minimus',
    points: [p('pelvis', -0.0856, -0.0063, -0.0834), p('femur', -0.1385, -0.0744, -0.0842)],
  },
  {
    line: 'semimem_r',
    muscle: 'semimembranosus',
    points: [
      p('pelvis', -0.07151, -0.09747, -0.1192),
      p('tibia', -0.06459, -0.49711, -0.11, 'conditional'),
      p('tibia', -0.06393, -0.50963, -0.1022),
    ],
  },
  {
    line: 'semiten_r',
    muscle: 'semitendinosus',
    points: [
      p('pelvis', -0.06039, -0.10988, -0.12635),
      p('tibia', -0.06073, -0.49051, -0.11723, 'conditional'),
      p('tibia', -0.06062, -0.51474, -0.10842),
      p('tibia', -0.059, -0.53652, -0.0865),
      p('tibia', -0.0642, -0.55752, -0.0725),
    ],
  },
  {
    line: 'bifemlh_r',
    muscle: 'biceps-femoris-long-head',
    points: [
      p('pelvis', -0.06944, -0.10257, -0.12596),
      p('tibia', -0.11293, -0.49792, -0.1053),
      p('tibia', -0.1178, -0.51822, -0.0986),
    ],
  },
  {
    line: 'bifemsh_r',
    muscle: 'biceps-femoris-short-head',
    points: [
      p('femur', -0.1069, -0.2772, -0.0657),
      p('tibia', -0.11293, -0.49792, -0.1053),
      p('tibia', -0.1178, -0.51822, -0.0986),
    ],
  },
  {
    line: 'sar_r',
    muscle: 'sartorius',
    points: [
      p('pelvis', -0.1242, -0.0013, -0.0153),
      p('femur', -0.0414, -0.4229, -0.0737),
      p('tibia', -0.0436, -0.50382, -0.0808),
      p('tibia', -0.0452, -0.52082, -0.0692),
      p('tibia', -0.0583, -0.54592, -0.0509),
    ],
  },
  {
    line: 'add_long_r',
    muscle: 'adductor-longus',
    points: [p('pelvis', -0.0169, -0.0836, -0.0316), p('femur', -0.1069, -0.2772, -0.0657)],
  },
  {
    line: 'add_brev_r',
    muscle: 'adductor-brevis',
    points: [p('pelvis', -0.0164, -0.0915, -0.0587), p('femur', -0.1129, -0.1857, -0.0698)],
  },
  {
    line: 'add_mag1_r',
    muscle: 'adductor-magnus',
    points: [p('pelvis', -0.0255, -0.1174, -0.0732), p('femur', -0.1174, -0.1872, -0.0752)],
  },
  {
    line: 'add_mag2_r',
    muscle: 'adductor-magnus',
    points: [p('pelvis', -0.0308, -0.1192, -0.0831), p('femur', -0.1062, -0.2946, -0.0653)],
  },
  {
    line: 'add_mag3_r',
    muscle: 'adductor-magnus',
    points: [p('pelvis', -0.04882, -0.11413, -0.11108), p('femur', -0.0569, -0.4498, -0.0637)],
  },
  {
    line: 'tfl_r',
    muscle: 'tensor-fasciae-latae',
    points: [
      p('pelvis', -0.1241, 0.0214, -0.0311),
      p('femur', -0.1432, -0.1656, -0.0413),
      p('femur', -0.1192, -0.471, -0.0653),
      p('tibia', -0.1132, -0.51062, -0.0692),
    ],
  },
  {
    line: 'pect_r',
    muscle: 'pectineus',
    points: [p('pelvis', -0.0451, -0.0768, -0.0431), p('femur', -0.1088, -0.1483, -0.0829)],
  },
  {
    line: 'grac_r',
    muscle: 'gracilis',
    points: [
      p('pelvis', -0.02794, -0.1187, -0.07401),
      p('tibia', -0.04576, -0.49382, -0.10177, 'conditional'),
      p('tibia', -0.0477, -0.51345, -0.09463),
      p('tibia', -0.0607, -0.54552, -0.0692),
    ],
  },
  {
    line: 'glut_max1_r',
    muscle: 'gluteus-maximus',
    points: [
      p('pelvis', -0.07, 0.0612, -0.1195),
      p('pelvis', -0.0886, 0.0012, -0.1291),
      p('femur', -0.1227, -0.0909, -0.1164),
      p('femur', -0.1305, -0.1227, -0.0984),
    ],
  },
  {
    line: 'glut_max2_r',
    muscle: 'gluteus-maximus',
    points: [
      p('pelvis', -0.0563, 0.0176, -0.1349),
      p('pelvis', -0.0914, -0.052, -0.1376),
      p('femur', -0.1128, -0.1191, -0.1133),
      p('femur', -0.1254, -0.1677, -0.0863),
    ],
  },
  {
    line: 'glut_max3_r',
    muscle: 'gluteus-maximus',
    points: [
      p('pelvis', -0.0058, -0.0314, -0.1556),
      p('pelvis', -0.0403, -0.1052, -0.1529),
      p('femur', -0.097, -0.1702, -0.1006),
      p('femur', -0.1246, -0.208, -0.0767),
    ],
  },
  {
    line: 'iliacus_r',
    muscle: 'iliopsoas',
    points: [
      p('pelvis', -0.0854, 0.0365, -0.0674),
      p('pelvis', -0.0811, -0.055, -0.0258),
      p('pelvis', -0.0816, -0.0805, -0.0288, 'conditional'),
      p('femur', -0.0892, -0.1204, -0.069),
      p('femur', -0.0964, -0.1282, -0.09),
    ],
  },
  {
    line: 'psoas_r',
    muscle: 'iliopsoas',
    points: [
      p('pelvis', -0.0289, 0.0887, -0.0647),
      p('pelvis', -0.0759, -0.057, -0.0238),
      p('pelvis', -0.0816, -0.0805, -0.0288, 'conditional'),
      p('femur', -0.0873, -0.1168, -0.0691),
      p('femur', -0.0939, -0.1258, -0.0895),
    ],
  },
  {
    line: 'peri_r',
    muscle: 'piriformis',
    points: [
      p('pelvis', -0.0235, 0.0003, -0.1396),
      p('pelvis', -0.0657, -0.0276, -0.1193),
      p('femur', -0.1272, -0.0697, -0.0855),
    ],
  },
  {
    line: 'rect_fem_r',
    muscle: 'rectus-femoris',
    points: [
      p('pelvis', -0.0968, -0.0311, -0.0295),
      p('femur', -0.0854, -0.4691, -0.0373, 'conditional'),
      p('tibia', -0.0849, -0.44094, -0.01344, 'moving'),
    ],
  },
  {
    line: 'vas_med_r',
    muscle: 'vastus-medialis',
    points: [
      p('femur', -0.1023, -0.276, -0.0567),
      p('femur', -0.0844, -0.343, -0.0351),
      p('femur', -0.071, -0.4709, -0.0337, 'conditional'),
      p('femur', -0.0704, -0.4916, -0.0433, 'conditional'),
      p('tibia', -0.0689, -0.44013, -0.01924, 'moving'),
    ],
  },
  {
    line: 'vas_int_r',
    muscle: 'vastus-intermedius',
    points: [
      p('femur', -0.1145, -0.2585, -0.0417),
      p('femur', -0.112, -0.2745, -0.0372),
      p('femur', -0.089, -0.4691, -0.0364, 'conditional'),
      p('tibia', -0.0853, -0.43663, -0.01974, 'moving'),
    ],
  },
  {
    line: 'vas_lat_r',
    muscle: 'vastus-lateralis',
    points: [
      p('femur', -0.1184, -0.2515, -0.0659),
      p('femur', -0.1244, -0.3252, -0.0438),
      p('femur', -0.104, -0.4691, -0.0346, 'conditional'),
      p('femur', -0.1019, -0.4904, -0.0454, 'conditional'),
      p('tibia', -0.1, -0.44233, -0.01524, 'moving'),
    ],
  },
  {
    line: 'med_gas_r',
    muscle: 'gastrocnemius-medial-head',
    points: [
      p('femur', -0.06, -0.459, -0.0897),
      p('femur', -0.0577, -0.4683, -0.1007, 'conditional'),
      p('foot', -0.08612, -0.90287, -0.12397),
    ],
  },
  {
    line: 'lat_gas_r',
    muscle: 'gastrocnemius-lateral-head',
    points: [
      p('femur', -0.1107, -0.4607, -0.0927),
      p('femur', -0.1109, -0.4679, -0.1007, 'conditional'),
      p('foot', -0.08612, -0.90287, -0.12397),
    ],
  },
  {
    line: 'soleus_r',
    muscle: 'soleus',
    points: [p('tibia', -0.0906, -0.61522, -0.0776), p('foot', -0.08612, -0.90287, -0.12397)],
  },
];
