/** The card of a muscle group chosen as a whole: what it is, its members (each a link), sources. */
import { groupById, type GroupId } from '../anatomy/groups.ts';
import { useRef } from 'react';
import { useExplorer } from '../state/store.ts';
import { useCardScroll } from './use-card-scroll.ts';
import { SourceList } from './SourceList.tsx';
import { StructureLink } from './StructureLink.tsx';

export default function GroupCard({ id }: { id: GroupId }) {
  const selectGroup = useExplorer((s) => s.selectGroup);
  const card = useRef<HTMLElement>(null);
  useCardScroll(card);
  const group = groupById(id);
  if (!group) return null;
  return (
    <section
      ref={card}
      id="structure-card"
      className="structure-card"
      aria-labelledby="structure-card-title"
      tabIndex={-1}
      data-group-card={id}
    >
      <header className="card-header">
        <div>
          <h3 id="structure-card-title">{group.name}</h3>
          <p className="muted">
            <i lang="la">{group.latin}</i> · a group of {group.members.length} muscles
          </p>
        </div>
        <button
          type="button"
          className="card-close"
          aria-label={`Close ${group.name}`}
          onClick={() => selectGroup(null)}
        >
          ×
        </button>
      </header>
      <p>{group.description}</p>
      <h4>Its muscles</h4>
      <ul className="group-members">
        {group.members.map((m) => (
          <li key={m} data-group-member={m}>
            <StructureLink id={m} />
          </li>
        ))}
      </ul>
      <SourceList sources={group.sources} label="Sources for this group" />
    </section>
  );
}
