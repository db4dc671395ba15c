/**
 * Reference muscle volumes and the closed-mesh volume they are compared with.
 *
 * Reference: Rajagopal et al. (2016) muscle parameters (in `reference/muscle-params.csv`), which
 * come from the MRI volumes of Handsfield et al. (2014): volume = max isometric force × optimal
 * fibre length / specific tension, with the 60 N/cm² the model was scaled with, summed over the
 * lines of action that make up one structure.
 */
import type { MuscleId } from '../../anatomy/ids.ts';

/** Specific tension Rajagopal et al. scaled forces with: 60 N/cm² = 6e5 N/m². */
export const SPECIFIC_TENSION = 6e5;

/** Rajagopal 2016 lines: [name, max isometric force (N), optimal fibre length (m)]. */
type Line = readonly [string, number, number];

export const rajagopalLines: Partial<Record<MuscleId, readonly Line[]>> = {
  'gluteus-maximus': [
    ['glmax1_r', 983.783607, 0.147],
    ['glmax2_r', 1406.045902, 0.157],
    ['glmax3_r', 947.754098, 0.167],
  ],
  'gluteus-medius': [
    ['glmed1_r', 1093.466769, 0.073],
    ['glmed2_r', 765.091662, 0.073],
    ['glmed3_r', 871.199264, 0.073],
  ],
  'gluteus-minimus': [
    ['glmin1_r', 374.045902, 0.068],
    ['glmin2_r', 394.819672, 0.056],
    ['glmin3_r', 446.77377, 0.038],
  ],
  piriformis: [['piri_r', 1029.786885, 0.026]],
  'tensor-fasciae-latae': [['tfl_r', 411.206557, 0.095]],
  iliopsoas: [
    ['iliacus_r', 1021.140984, 0.1066],
    ['psoas_r', 1426.790164, 0.1169],
  ],
  sartorius: [['sart_r', 249.413115, 0.403]],
  'rectus-femoris': [['recfem_r', 2191.740984, 0.0759]],
  'vastus-lateralis': [['vaslat_r', 5148.767213, 0.0994]],
  'vastus-intermedius': [['vasint_r', 1697.360656, 0.0993]],
  'vastus-medialis': [['vasmed_r', 2747.822951, 0.0968]],
  'adductor-longus': [['addlong_r', 916.8, 0.1082]],
  'adductor-brevis': [['addbrev_r', 625.819672, 0.1031]],
  'adductor-magnus': [
    ['addmagDist_r', 597.295082, 0.1772],
    ['addmagIsch_r', 597.295082, 0.1562],
    ['addmagMid_r', 597.295082, 0.1377],
    ['addmagProx_r', 597.295082, 0.1056],
  ],
  gracilis: [['grac_r', 281.311475, 0.2278]],
  semitendinosus: [['semiten_r', 591.295082, 0.193]],
  semimembranosus: [['semimem_r', 2200.986885, 0.069]],
  'biceps-femoris-long-head': [['bflh_r', 1313.183607, 0.0976]],
  'biceps-femoris-short-head': [['bfsh_r', 557.114754, 0.1103]],
  'gastrocnemius-medial-head': [['gasmed_r', 3115.514754, 0.051]],
  'gastrocnemius-lateral-head': [['gaslat_r', 1575.059016, 0.0588]],
  soleus: [['soleus_r', 6194.842623, 0.044]],
};

/** Reference volume (m³) of a muscle, or undefined when Rajagopal 2016 has no line for it. */
export function referenceVolume(id: MuscleId): number | undefined {
  const lines = rajagopalLines[id];
  return lines && lines.reduce((v, [, force, fibre]) => v + (force * fibre) / SPECIFIC_TENSION, 0);
}

/** Volume (m³) enclosed by a closed, outward-wound triangle mesh (sum of signed tetrahedra). */
export function meshVolume(positions: ArrayLike<number>, indices: ArrayLike<number>): number {
  let v = 0;
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3;
    const b = indices[t + 1]! * 3;
    const c = indices[t + 2]! * 3;
    const [ax, ay, az] = [positions[a]!, positions[a + 1]!, positions[a + 2]!];
    const [bx, by, bz] = [positions[b]!, positions[b + 1]!, positions[b + 2]!];
    const [cx, cy, cz] = [positions[c]!, positions[c + 1]!, positions[c + 2]!];
    v += ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx);
  }
  return v / 6;
}

/** Muscles with no Rajagopal 2016 line, and so no reference volume; each says why. */
const NO_LINE = 'no Rajagopal 2016 line in reference/muscle-params.csv';
const GAIT_ONLY = `${NO_LINE} (gait2392's volume is checked in model-new-muscles.test.ts)`;
export const noReferenceVolume: Partial<Record<MuscleId, string>> = {
  pectineus: NO_LINE,
  plantaris: NO_LINE,
  popliteus: NO_LINE,
  'gemellus-superior': GAIT_ONLY,
  'gemellus-inferior': GAIT_ONLY,
  'quadratus-femoris': GAIT_ONLY,
  'obturator-internus': NO_LINE,
  'obturator-externus': NO_LINE,
  'tibialis-anterior': NO_LINE,
  'extensor-digitorum-longus': NO_LINE,
  'extensor-hallucis-longus': NO_LINE,
  'fibularis-longus': NO_LINE,
  'fibularis-brevis': NO_LINE,
  'tibialis-posterior': NO_LINE,
  'flexor-digitorum-longus': NO_LINE,
  'flexor-hallucis-longus': NO_LINE,
};

/**
 * Muscles whose modelled volume is not comparable with the reference, each with the reason.
 * Iliopsoas: psoas major arises from T12-L4, and the model is cut at the top of the sacrum, so
 * most of psoas (about 280 of the 460 cm³) lies above the model.
 */
export const volumeExceptions: Partial<Record<MuscleId, string>> = {
  iliopsoas: 'psoas is cut with the trunk at the top of the sacrum; most of its belly lies above the model',
};

/** Ratio bounds every other referenced muscle's volume keeps (issue 11: within ±25 %). */
export const VOLUME_TOLERANCE = 0.25;

export interface VolumeRow {
  id: MuscleId;
  /** Closed-mesh volume of the muscle's belly node (tendon parts apart), m³. */
  volume: number;
  reference?: number;
  ratio?: number;
}

/** One row per muscle: its mesh volume against its reference. */
export function volumeTable(
  ids: readonly MuscleId[],
  meshOf: (id: MuscleId) => { positions: ArrayLike<number>; indices: ArrayLike<number> } | undefined,
): VolumeRow[] {
  return ids.map((id) => {
    const mesh = meshOf(id);
    const volume = mesh ? meshVolume(mesh.positions, mesh.indices) : 0;
    const reference = referenceVolume(id);
    return reference ? { id, volume, reference, ratio: volume / reference } : { id, volume };
  });
}

/** The table as text, in cm³ (for the bench report and the test's log). */
export function formatVolumeTable(rows: readonly VolumeRow[]): string {
  const cm3 = (v: number) => (v * 1e6).toFixed(0).padStart(6);
  return [
    `${'muscle'.padEnd(28)} ${'model'.padStart(6)} ${'ref'.padStart(6)}  ratio`,
    ...rows.map(
      (r) =>
        `${r.id.padEnd(28)} ${cm3(r.volume)} ${r.reference ? cm3(r.reference) : '     -'}  ${r.ratio?.toFixed(2) ?? '-'}`,
    ),
  ].join('\n');
}
