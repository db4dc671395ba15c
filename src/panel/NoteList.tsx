/** Sourced notes; where seeds and standard references disagree, both views are labelled. */
import type { SourcedNote } from '../anatomy/types.ts';
import { SourceList } from './SourceList.tsx';

const kindWords: Partial<Record<NonNullable<SourcedNote['kind']>, string>> = {
  disagreement: 'Sources disagree',
  'seed-view': 'One practitioner’s view',
  'reference-view': 'Standard reference',
  caution: 'Caution',
};

export function NoteList({ notes }: { notes: readonly SourcedNote[] | undefined }) {
  if (!notes || notes.length === 0) return null;
  return (
    <ul className="notes">
      {notes.map((note) => (
        <li key={note.text} className={`note note-${note.kind ?? 'fact'}`}>
          {note.kind && kindWords[note.kind] && <strong>{kindWords[note.kind]}: </strong>}
          {note.text}
          <SourceList sources={note.sources} />
        </li>
      ))}
    </ul>
  );
}
