/** Left or right leg: the model mirrors for left-sided pain. */
import { sides, type Side } from '../anatomy/ids.ts';
import { useExplorer } from '../state/store.ts';

const labels: Record<Side, string> = { right: 'Right leg', left: 'Left leg' };

export function SideSwitch() {
  const side = useExplorer((s) => s.side);
  const setSide = useExplorer((s) => s.setSide);
  return (
    <fieldset className="side-switch segmented">
      <legend>Which leg?</legend>
      {sides.map((s) => (
        <label key={s} className={s === side ? 'is-on' : undefined}>
          <input type="radio" name="side" value={s} checked={s === side} onChange={() => setSide(s)} />
          {labels[s]}
        </label>
      ))}
    </fieldset>
  );
}
