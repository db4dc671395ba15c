/** Where a muscle's trigger points lie, in words a person can find with a hand, and where each sends pain. */
import type { MuscleId } from '../anatomy/ids.ts';
import type { TriggerPoint } from '../anatomy/types.ts';
import { useExplorer } from '../state/store.ts';
import { painSiteLabel } from './pain-site-label.ts';
import { zoneSites } from '../anatomy/zone-coverage.ts';
import { SourceList } from './SourceList.tsx';
import { revealModelAbove } from './reveal-model.ts';

const prevalenceOrder = { 'most-common': 0, common: 1, uncommon: 2 } as const;

export function TriggerPointList({
  muscle,
  points,
  canShow,
}: {
  muscle: MuscleId;
  points: readonly TriggerPoint[];
  canShow: boolean;
}) {
  const shown = useExplorer((s) => s.shownTriggerPoint);
  const showTriggerPoint = useExplorer((s) => s.showTriggerPoint);
  if (points.length === 0) return null;
  const ordered = [...points].sort(
    (a, b) => prevalenceOrder[a.prevalence ?? 'common'] - prevalenceOrder[b.prevalence ?? 'common'],
  );
  return (
    <ul className="trigger-points">
      {ordered.map((tp) => {
        const sites = zoneSites(tp.zone);
        const essential = sites.essential.map(painSiteLabel).join(', ');
        const spillover = sites.spillover.map(painSiteLabel).join(', ');
        return (
          <li key={tp.id} data-trigger-point-of={muscle} className="trigger-point">
            <p className="trigger-point-location">
              {tp.label && <span className="tp-label">{tp.label}: </span>}
              {tp.location}
            </p>
            {essential && <p className="tp-zone">Usually sends pain to: {essential}.</p>}
            {spillover && <p className="tp-zone">Sometimes also: {spillover}.</p>}
            {tp.zone.beyondModel && <p className="tp-zone">Also: {tp.zone.beyondModel}</p>}
            {canShow && (
              <button
                type="button"
                aria-pressed={shown === tp.id}
                onClick={(e) => {
                  showTriggerPoint(muscle, tp.id);
                  revealModelAbove(e.currentTarget.closest('.trigger-point'));
                }}
              >
                Show on model
              </button>
            )}
            <SourceList sources={tp.sources} />
          </li>
        );
      })}
    </ul>
  );
}
