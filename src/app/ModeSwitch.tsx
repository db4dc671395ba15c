/** The header's choice of mode: explore, quiz, summary, present. Each is also a link (`?mode=`). */
import { appModes, modeLabels } from '../state/app-mode.ts';
import { useExplorer } from '../state/store.ts';

export function ModeSwitch() {
  const mode = useExplorer((s) => s.mode);
  const setMode = useExplorer((s) => s.setMode);
  return (
    <nav className="mode-switch" aria-label="Mode">
      {appModes.map((m) => (
        <button
          key={m}
          type="button"
          data-mode-choice={m}
          aria-pressed={mode === m}
          onClick={() => setMode(m)}
        >
          {modeLabels[m]}
        </button>
      ))}
    </nav>
  );
}
