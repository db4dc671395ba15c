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
import { NotDiagnosisNote } from './NotDiagnosisNote.tsx';
import { PainSitePicker } from './PainSitePicker.tsx';
import { RedFlags } from './RedFlags.tsx';
import { SearchBox } from './SearchBox.tsx';
import { SideSwitch } from './SideSwitch.tsx';
import { StructureCard } from './StructureCard.tsx';
import { StructureList } from './StructureList.tsx';
import { useCandidates } from '../state/candidates.ts';
import { useComparedMuscle, useFixedFocus } from '../state/focus.ts';
import { useMarkedSites } from '../state/marked-sites.ts';
import { DrawTools } from './DrawTools.tsx';
import { MapLegend } from './MapLegend.tsx';
import { useRevealAnswer } from './use-reveal-answer.ts';
import { FirstVisitGuide } from './FirstVisitGuide.tsx';

// The pose's stretch list brings the kinematics with it: loaded only once a pose is asked for.
const PoseSection = lazy(() => import('./PoseSection.tsx'));
// The name choice loads once the model is drawn (or the text view is up), like the model's controls:
// it is at the panel's foot, so nothing above it moves, and its bytes stay out of the start-up budget.
const NameToggle = lazy(() => import('./NameToggle.tsx').then((m) => ({ default: m.NameToggle })));
// The model's controls load once the model is drawn (see the file).
const LayerControls = lazy(() => import('./LayerControls.tsx').then((m) => ({ default: m.LayerControls })));
// A muscle group's card is only drawn once a group is chosen.
const GroupCard = lazy(() => import('./GroupCard.tsx'));

/** `withModel` is false in the text view: the model controls are left out. */
export function Panel({ withModel }: { withModel: boolean }) {
  const chosenSites = useExplorer((s) => s.painSites);
  const hasDrawing = useExplorer((s) => s.drawing !== null);
  const selected = useExplorer((s) => s.selected);
  const selectedGroup = useExplorer((s) => s.selectedGroup);
  const results = useExplorer((s) => s.results);
  const candidates = useCandidates();
  const painSites = useMarkedSites();
  const focus = useFixedFocus();
  const compare = useComparedMuscle();
  const hasMarks = chosenSites.length > 0 || hasDrawing;
  const hasResults = Object.keys(results).length > 0;
  const showList = hasMarks || (hasResults && candidates.length > 0);
  // The focused candidate's card is open at once; a structure chosen from the list or the model
  // takes its place.
  const cardId = selected ?? (showList && !selectedGroup ? focus : null);
  const answer = useRevealAnswer(hasMarks);
  const pose = useExplorer((s) => s.pose);
  const setMode = useExplorer((s) => s.setMode);
  const sceneStatus = useExplorer((s) => s.sceneStatus);
  const modelDrawn = sceneStatus === 'ready';
  // Results bring their own advice, so a result recorded from a muscle's card (or a shared link)
  // shows it even before any pain site is chosen.
  const advice = adviceFor(painSites, candidates, results);
  return (
    <aside className="panel" aria-label="Explorer panel">
      <FirstVisitGuide />
      <SearchBox />
      {pose && (
        <Suspense fallback={null}>
          <PoseSection key={pose} pose={pose} />
        </Suspense>
      )}
      <section className="panel-section" aria-labelledby="pain-title">
        <h2 id="pain-title">Where does it hurt?</h2>
        <SideSwitch />
        {withModel && <DrawTools />}
        <ChosenSites />
        <PainSitePicker hasSites={hasMarks} withModel={withModel} />
      </section>
      <CandidateAnnouncer candidates={candidates} hasSites={showList} />
      {showList && (
        <section ref={answer} className="panel-section panel-answer" aria-labelledby="candidates-title">
          <NotDiagnosisNote />
          <h2 id="candidates-title">
            {hasMarks ? 'Muscles that may send pain here' : 'Muscles your check results point to'}
          </h2>
          {withModel && <MapLegend focus={focus} compare={compare} />}
          <CandidateList candidates={candidates} withModel={withModel} />
          {/* The printable page loads on demand (modes/summary): a patient keeps what they found. */}
          <button type="button" className="summary-open" onClick={() => setMode('summary')}>
            Summary to print
          </button>
        </section>
      )}
      {selectedGroup && !cardId && (
        <Suspense fallback={null}>
          <GroupCard key={selectedGroup} id={selectedGroup} />
        </Suspense>
      )}
      {cardId && (
        <StructureCard
          key={cardId}
          id={cardId}
          candidates={candidates}
          canShowOnModel={withModel}
          closable={cardId === selected}
        />
      )}
      {hasMarks && <RedFlags painSites={painSites} />}
      {((showList && candidates.length > 0) || advice.length > 0) && (
        <section className="panel-section panel-checks" aria-label="Checks and advice">
          <DiscriminatingTests candidates={candidates} painSites={painSites} />
          <AdviceList advice={advice} />
        </section>
      )}
      {withModel && (
        <section className="panel-section" aria-labelledby="model-title">
          <h2 id="model-title">Model</h2>
          {modelDrawn && (
            <Suspense fallback={null}>
              <LayerControls />
            </Suspense>
          )}
        </section>
      )}
      <section className="panel-section" aria-labelledby="structures-title">
        <h2 id="structures-title">Structures</h2>
        {sceneStatus !== 'loading' && (
          <Suspense fallback={null}>
            <NameToggle />
          </Suspense>
        )}
        <StructureList open={!withModel} />
      </section>
    </aside>
  );
}
