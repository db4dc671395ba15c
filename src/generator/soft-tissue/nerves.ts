/**
 * The sciatic nerve and its two divisions as tubes. Paths: the nerve data's `path` where it exists
 * (src/anatomy/nerves.ts), otherwise the course below: out of the greater sciatic notch below
 * piriformis, down between the hamstrings and adductor magnus, dividing about y = -0.37; the
 * common fibular nerve follows biceps' tendon and wraps the fibular neck.
 */
import type { NerveId } from '../../anatomy/ids.ts';
import type { Vec3 } from '../../anatomy/types.ts';

export const fallbackNervePaths: Record<NerveId, readonly Vec3[]> = {
  'sciatic-nerve': [
    [-0.052, -0.025, -0.118],
    [-0.072, -0.05, -0.128],
    [-0.088, -0.085, -0.128],
    [-0.092, -0.14, -0.12],
    [-0.09, -0.22, -0.115],
    [-0.088, -0.3, -0.112],
    [-0.087, -0.37, -0.11],
  ],
  'tibial-nerve': [
    [-0.087, -0.37, -0.11],
    [-0.085, -0.43, -0.115],
    [-0.084, -0.49, -0.112],
    [-0.085, -0.56, -0.105],
    [-0.084, -0.64, -0.098],
  ],
  'common-fibular-nerve': [
    [-0.087, -0.37, -0.11],
    [-0.1, -0.41, -0.112],
    [-0.114, -0.46, -0.112],
    [-0.125, -0.51, -0.1],
    [-0.131, -0.545, -0.083],
    [-0.126, -0.565, -0.066],
  ],
};

/** Tube radius (m) of each nerve. */
export const nerveRadius: Record<NerveId, number> = {
  'sciatic-nerve': 0.0045,
  'tibial-nerve': 0.003,
  'common-fibular-nerve': 0.0024,
};
