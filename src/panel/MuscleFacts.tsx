/** A muscle's anatomy: where it starts and ends, what it does and its nerve. */
import type { Attachment, Muscle } from '../anatomy/types.ts';
import { groupsOf } from '../anatomy/groups.ts';
import { NoteList } from './NoteList.tsx';
import { StructureLink } from './StructureLink.tsx';
import { selectGroupAndShow } from './select-and-show.ts';

const compartmentWords: Record<Muscle['compartment'], string> = {
  gluteal: 'buttock (gluteal region)',
  'anterior-thigh': 'front of the thigh',
  'medial-thigh': 'inner thigh',
  'posterior-thigh': 'back of the thigh',
  'anterior-leg': 'front of the lower leg',
  'lateral-leg': 'outer side of the lower leg',
  'posterior-leg': 'back of the lower leg',
};

function AttachmentItems({ items }: { items: readonly Attachment[] }) {
  return (
    <>
      {items.map((a) => (
        <dd key={`${a.landmark}-${a.description}`}>
          {a.description} (<StructureLink id={a.landmark} />)
        </dd>
      ))}
    </>
  );
}

export function MuscleFacts({ muscle }: { muscle: Muscle }) {
  const groups = groupsOf(muscle.id);
  return (
    <section className="facts" aria-label="Anatomy">
      <h4>Anatomy</h4>
      <p>{muscle.summary}</p>
      {groups.length > 0 && (
        <p>
          One of the{' '}
          {groups.map((g, i) => (
            <span key={g.id}>
              {i > 0 && ' and the '}
              <button
                type="button"
                className="link-button"
                data-group-link={g.id}
                onClick={() => selectGroupAndShow(g.id)}
              >
                {g.name.toLowerCase()}
              </button>
            </span>
          ))}
          .
        </p>
      )}
      <dl>
        <dt>Starts (origin)</dt>
        <AttachmentItems items={muscle.origins} />
        <dt>Ends (insertion)</dt>
        <AttachmentItems items={muscle.insertions} />
        <dt>What it does</dt>
        <dd>{muscle.action}</dd>
        <dt>Nerve</dt>
        <dd>
          {muscle.innervation.nerve} ({muscle.innervation.roots})
        </dd>
        <dt>Where</dt>
        <dd>
          {compartmentWords[muscle.compartment]}, layer {muscle.layer} from the surface
        </dd>
      </dl>
      {muscle.aggravators && muscle.aggravators.length > 0 && (
        <>
          <h5>What tends to aggravate it</h5>
          <ul>
            {muscle.aggravators.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </>
      )}
      <NoteList notes={muscle.notes} />
    </section>
  );
}
