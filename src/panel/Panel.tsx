/**
 * The side panel: where it hurts, the ranked muscles that may send pain there, the checks that tell
 * them apart, the chosen structure's card, and the model's controls. DOM only; works without WebGL.
 */
import { lazy, Suspense } from 'react';
import { adviceFor } from '../diagnosis/index.ts';
import { useExplorer } from '../state/store.ts';
import { AdviceList } from './AdviceList.tsx';
import { CandidateAnnouncer } from './CandidateAnnouncer.tsx';
import { CandidateList } from './CandidateList.tsx';
import { ChosenSites } from './ChosenSites.tsx';
import { DiscriminatingTests } from './DiscriminatingTests.tsx';
import { LayerControls } from './LayerControls.tsx';
import { NotDiagnosisNote } from './NotDiagnosisNote.tsx';
import { PainSitePicker } from './PainSitePicker.tsx';
import { RedFlags } from './RedFlags.tsx';
import { SearchBox } from './SearchBox.tsx';
import { SideSwitch } from './SideSwitch.tsx';
import { StructureCard } from './StructureCard.tsx';
import { StructureList } from './StructureList.tsx';
import { useCandidates } from '../state/candidates.ts';

// The pose's stretch list brings the kinematics with it: loaded only once a pose is asked for.
const PoseSection = lazy(() => import('./PoseSection.tsx'));

/** `withModel` is false in the text view: the model controls are left out. */
export function Panel({ withModel }: { withModel: boolean }) {
  const painSites = useExplorer((s) => s.painSites);
  const selected = useExplorer((s) => s.selected);
  const results = useExplorer((s) => s.results);
  const candidates = useCandidates();
  const pose = useExplorer((s) => s.pose);
  const hasSites = painSites.length > 0;
  // Results bring their own advice, so a result recorded from a muscle's card (or a shared link)
  // shows it even before any pain site is chosen.
  const advice = adviceFor(painSites, candidates, results);
  return (
    <aside className="panel" aria-label="Explorer panel">
      <SearchBox />
      {pose && (
        <Suspense fallback={null}>
          <PoseSection key={pose} pose={pose} />
        </Suspense>
      )}
      <section className="panel-section" aria-labelledby="pain-title">
        <h2 id="pain-title">Where does it hurt?</h2>
        <SideSwitch />
        <ChosenSites />
        <PainSitePicker hasSites={hasSites} withModel={withModel} />
      </section>
      <CandidateAnnouncer candidates={candidates} hasSites={hasSites} />
      {hasSites && (
        <section className="panel-section" aria-labelledby="candidates-title">
          <NotDiagnosisNote />
          <h2 id="candidates-title">Muscles that may send pain here</h2>
          {candidates.length > 0 && (
            <p className="hint rank-legend">
              {withModel
                ? 'Most likely first. The swatch beside each rank number is the colour the model uses for it, patterned so colour is not the only cue.'
                : 'Most likely first, each with its rank number and a patterned swatch.'}
            </p>
          )}
          <CandidateList candidates={candidates} />
        </section>
      )}
      {selected && (
        <StructureCard key={selected} id={selected} candidates={candidates} canShowOnModel={withModel} />
      )}
      {hasSites && <RedFlags painSites={painSites} />}
      {((hasSites && candidates.length > 0) || advice.length > 0) && (
        <section className="panel-section" aria-label="Checks and advice">
          <DiscriminatingTests candidates={candidates} painSites={painSites} />
          <AdviceList advice={advice} />
        </section>
      )}
      {withModel && (
        <section className="panel-section" aria-labelledby="model-title">
          <h2 id="model-title">Model</h2>
          <LayerControls />
        </section>
      )}
      <section className="panel-section" aria-labelledby="structures-title">
        <h2 id="structures-title">Structures</h2>
        <StructureList open={!withModel} />
      </section>
    </aside>
  );
}
