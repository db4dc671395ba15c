/**
 * English or Latin (Terminologia Anatomica) names in the panel, the hover label and the model's
 * labels. A saved preference, not a word of the link: it is how this reader likes to read, like a
 * language, and a shared link should open in the plain English a patient reads.
 */
import { useExplorer } from '../state/store.ts';

export function NameToggle() {
  const names = useExplorer((s) => s.names);
  const setNames = useExplorer((s) => s.setNames);
  return (
    <fieldset className="name-toggle segmented">
      <legend>Names</legend>
      <label className={names === 'english' ? 'is-on' : undefined}>
        <input
          type="radio"
          name="name-style"
          value="english"
          checked={names === 'english'}
          onChange={() => setNames('english')}
        />
        English
      </label>
      <label className={names === 'latin' ? 'is-on' : undefined}>
        <input
          type="radio"
          name="name-style"
          value="latin"
          checked={names === 'latin'}
          onChange={() => setNames('latin')}
        />
        Latin (TA)
      </label>
    </fieldset>
  );
}
