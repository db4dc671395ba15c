/** Nerve tube sizes; paths come from src/anatomy/nerves.ts (clinical-data). Sciatic ≈ 9 mm across. */
import type { NerveId } from '../../anatomy/ids.ts';

/** Tube radius (m) of each nerve. */
export const nerveRadius: Record<NerveId, number> = {
  'sciatic-nerve': 0.0045,
  'tibial-nerve': 0.003,
  'common-fibular-nerve': 0.0024,
};
