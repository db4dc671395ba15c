/** Facts for a bone, landmark, connective tissue, nerve or the skin. */
import { lazy, Suspense } from 'react';
import type { StructureId } from '../anatomy/ids.ts';
import { kb, structureName } from '../anatomy/index.ts';
import { NoteList } from './NoteList.tsx';
import { SourceList } from './SourceList.tsx';
import { StructureLink } from './StructureLink.tsx';

// Only a bone's or landmark's card lists its muscles: that list loads when such a card is opened,
// keeping its bytes out of explore mode's start-up budget.
const AttachedMuscles = lazy(() =>
  import('./AttachedMuscles.tsx').then((m) => ({ default: m.AttachedMuscles })),
);

export function OtherStructureFacts({ id }: { id: StructureId }) {
  const bone = kb.bones.find((b) => b.id === id);
  if (bone)
    return (
      <section className="facts">
        <p>{bone.description}</p>
        <Suspense fallback={null}>
          <AttachedMuscles id={bone.id} />
        </Suspense>
        <SourceList sources={bone.sources} />
      </section>
    );
  const landmark = kb.landmarks.find((l) => l.id === id);
  if (landmark)
    return (
      <section className="facts">
        <p>
          A landmark on the{' '}
          <StructureLink id={landmark.bone} label={structureName(landmark.bone).toLowerCase()} />.
        </p>
        {landmark.howToFind && (
          <p>
            <strong>How to find it:</strong> {landmark.howToFind}
          </p>
        )}
        <Suspense fallback={null}>
          <AttachedMuscles id={landmark.id} />
        </Suspense>
        <SourceList sources={landmark.sources} />
      </section>
    );
  const tissue = kb.connectiveTissues.find((t) => t.id === id);
  if (tissue)
    return (
      <section className="facts">
        <p>{tissue.description}</p>
        <NoteList notes={tissue.notes} />
        <SourceList sources={tissue.sources} />
      </section>
    );
  const nerve = kb.nerves.find((n) => n.id === id);
  if (nerve)
    return (
      <section className="facts">
        <p>{nerve.course}</p>
        <p>
          <strong>Nerve roots:</strong> {nerve.roots}
        </p>
        {nerve.supplies.length > 0 && (
          <p>
            <strong>Supplies:</strong> {nerve.supplies.map(structureName).join(', ')}
          </p>
        )}
        <NoteList notes={nerve.notes} />
        <SourceList sources={nerve.sources} />
      </section>
    );
  return (
    <section className="facts">
      <p>The skin of the hip, thigh and leg. Click it on the model to choose where it hurts.</p>
    </section>
  );
}
