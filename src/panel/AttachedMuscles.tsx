/** The muscles that start or end on a bone or landmark, derived from the attachment data. */
import { musclesAttachedTo } from '../anatomy/attached-muscles.ts';
import type { StructureId } from '../anatomy/ids.ts';
import { StructureLink } from './StructureLink.tsx';

const roleWords = { origin: 'starts here', insertion: 'ends here' } as const;

export function AttachedMuscles({ id }: { id: StructureId }) {
  const attached = musclesAttachedTo(id);
  if (attached.length === 0) return null;
  return (
    <section aria-label="Muscles attached here" data-attached-muscles={id}>
      <h4>Muscles attached here</h4>
      <ul className="attached-muscles">
        {attached.map(({ muscle, roles }) => (
          <li key={muscle} data-attached-muscle={muscle}>
            <StructureLink id={muscle} />{' '}
            <span className="muted">({roles.map((r) => roleWords[r]).join(' and ')})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
