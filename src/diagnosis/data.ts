/**
 * The slice of the knowledge base the diagnosis engine reads. Every engine function takes it as a
 * parameter (defaulting to the project's real data in `index.ts`), so the rules can be tested on
 * small in-memory fixtures and the real `kb` satisfies it structurally.
 */
import type { Muscle, PainSite, RedFlag, RehabItem, SelfTest } from '../anatomy/types.ts';

export interface DiagnosisData {
  muscles: readonly Muscle[];
  painSites: readonly PainSite[];
  selfTests: readonly SelfTest[];
  redFlags: readonly RedFlag[];
  rehab: readonly RehabItem[];
}
