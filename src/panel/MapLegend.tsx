/**
 * The key to the map on the model: which muscle is shown (and which is compared), solid for where
 * it usually hurts, dots for where it sometimes spreads, X for the trigger points, and the outline
 * of where the person marked.
 */
import { nameOf } from './shown-names.ts';
import { useExplorer } from '../state/store.ts';
import type { MuscleId } from '../anatomy/ids.ts';
import { mapColours } from '../look/map-colours.ts';

function Swatch({ colour, kind }: { colour: string; kind: 'solid' | 'dots' }) {
  const style =
    kind === 'solid'
      ? { backgroundColor: colour }
      : { backgroundImage: `radial-gradient(${colour} 32%, transparent 36%)`, backgroundSize: '6px 6px' };
  return <span className={`legend-swatch legend-${kind}`} style={style} aria-hidden="true" />;
}

export function MapLegend({ focus, compare }: { focus: MuscleId | null; compare: MuscleId | null }) {
  const names = useExplorer((s) => s.names);
  if (!focus) return null;
  const rows = [
    { id: focus, colour: mapColours.focus },
    ...(compare ? [{ id: compare, colour: mapColours.compare }] : []),
  ];
  return (
    <div className="map-legend" role="group" aria-label="Key to the map on the model">
      {rows.map(({ id, colour }) => (
        <p key={id} className="legend-row">
          <strong lang={nameOf(id, names).lang}>{nameOf(id, names).main}</strong>
          <span className="legend-item">
            <Swatch colour={colour} kind="solid" /> usually hurts here
          </span>
          <span className="legend-item">
            <Swatch colour={colour} kind="dots" /> sometimes spreads here
          </span>
        </p>
      ))}
      <p className="legend-row legend-marks">
        <span className="legend-item">
          <span className="legend-x" aria-hidden="true">
            ✕
          </span>{' '}
          trigger point: where to press
        </span>
        <span className="legend-item">
          <span className="legend-outline" aria-hidden="true" /> where you marked
        </span>
      </p>
    </div>
  );
}
