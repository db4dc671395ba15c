/**
 * The card for the selected structure. For a muscle: why it is a candidate, the self-tests for it,
 * its trigger points in plain words, anatomy, rehab and sources. Other structures get their facts.
 */
import type { MuscleId, StructureId } from '../anatomy/ids.ts';
import { muscleById } from '../anatomy/index.ts';
import { nameOf } from './shown-names.ts';
import type { Candidate } from '../diagnosis/index.ts';
import { useRef } from 'react';
import { useExplorer } from '../state/store.ts';
import { useCardScroll } from './use-card-scroll.ts';
import { MuscleFacts } from './MuscleFacts.tsx';
import { AttachmentLegend } from './AttachmentLegend.tsx';
import { OtherStructureFacts } from './OtherStructureFacts.tsx';
import { RankBadge } from './RankBadge.tsx';
import { RehabList } from './RehabList.tsx';
import { MuscleSelfTests } from './MuscleSelfTests.tsx';
import { SourceList } from './SourceList.tsx';
import { TriggerPointList } from './TriggerPointList.tsx';

interface Props {
  id: StructureId;
  candidates: readonly Candidate[];
  /** False in the text view: there is no model to show a point on. */
  canShowOnModel: boolean;
  /** False for the focused candidate's card, which is open because of the ranking, not a choice. */
  closable?: boolean;
}

export function StructureCard({ id, candidates, canShowOnModel, closable = true }: Props) {
  const select = useExplorer((s) => s.select);
  const card = useRef<HTMLElement>(null);
  useCardScroll(card);
  const muscle = muscleById(id as MuscleId);
  const candidate = candidates.find((c) => c.id === id);
  const shown = nameOf(
    id,
    useExplorer((s) => s.names),
  );
  const name = shown.main;
  return (
    <section
      ref={card}
      id="structure-card"
      className="structure-card"
      aria-labelledby="structure-card-title"
      tabIndex={-1}
    >
      <header className="card-header">
        {candidate && <RankBadge rank={candidate.rank} tied={candidate.tied} />}
        <div>
          <h3 id="structure-card-title" lang={shown.lang}>
            {name}
          </h3>
          {/* The other name: the Latin under an English title, the plain English under a Latin one. */}
          {(muscle || shown.lang === 'la') && (
            <p className="muted">
              {shown.lang === 'la' ? (
                <span data-english-name>{shown.other ?? name}</span>
              ) : (
                <i lang="la">{shown.other ?? name}</i>
              )}
              {muscle && muscle.layNames.length > 0 && <> · also called {muscle.layNames.join(', ')}</>}
            </p>
          )}
        </div>
        {closable && (
          <button
            type="button"
            className="card-close"
            aria-label={`Close ${name}`}
            onClick={() => select(null)}
          >
            ×
          </button>
        )}
      </header>
      {/* The selected muscle's footprints are lit on the bone: their key comes first. */}
      {muscle && canShowOnModel && closable && <AttachmentLegend />}
      {candidate && candidate.reasons.length > 0 && (
        <ul className="reasons">
          {candidate.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      {muscle ? (
        <>
          <section aria-label="Trigger points">
            <h4>{candidate ? 'Trigger points that send pain to your sites' : 'Trigger points'}</h4>
            <TriggerPointList
              muscle={muscle.id}
              points={
                candidate && candidate.triggerPoints.length > 0
                  ? candidate.triggerPoints
                  : muscle.triggerPoints
              }
              canShow={canShowOnModel}
            />
          </section>
          <MuscleSelfTests id={muscle.id} />
          <MuscleFacts muscle={muscle} />
          <RehabList id={muscle.id} />
          <SourceList sources={muscle.sources} label="Sources for this muscle" />
        </>
      ) : (
        <>
          <OtherStructureFacts id={id} />
          <RehabList id={id} />
        </>
      )}
    </section>
  );
}
