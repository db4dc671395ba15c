/**
 * The pose shown on the model (issue 14): what the position is, and each muscle crossing a moved
 * joint with its change in musculotendon length from standing, largest change first. Loaded on
 * demand (React.lazy in Panel) so the kinematics stay out of the first download.
 */
import { useEffect, useMemo } from 'react';
import { kb } from '../anatomy/index.ts';
import type { PoseId } from '../kinematics/pose-ids.ts';
import { notStretched, poses, stretches } from '../kinematics/index.ts';
import { stretchColours, stretchTint } from '../look/stretch-colours.ts';
import { useExplorer } from '../state/store.ts';
import { SourceList } from './SourceList.tsx';

const nameOf = (id: string) => kb.muscles.find((m) => m.id === id)?.name ?? id;
const signed = (percent: number) => `${percent > 0 ? '+' : ''}${percent.toFixed(1)}`;

export default function PoseSection({ pose }: { pose: PoseId }) {
  const setPose = useExplorer((s) => s.setPose);
  const fallback = useExplorer((s) => s.sceneStatus === 'fallback');
  const { angles, basis, sources } = poses[pose];
  const list = useMemo(() => stretches(angles), [angles]);
  const test = kb.selfTests.find((t) => t.id === pose);
  const exceptions = notStretched.filter((e) => e.pose === pose);

  // Without a model there is nothing to animate: the pose is "reached" as soon as it is listed.
  // With a model the scene says so when the limb arrives.
  useEffect(() => {
    if (!fallback) return;
    document.documentElement.dataset.pose = pose;
    return () => {
      delete document.documentElement.dataset.pose;
    };
  }, [fallback, pose]);

  return (
    <section className="panel-section pose-section" aria-labelledby="pose-title">
      <h2 id="pose-title">Pose: {test?.name ?? pose}</h2>
      <p className="hint">{basis}</p>
      <button type="button" className="show-pose" aria-pressed onClick={() => setPose(null)}>
        Back to standing
      </button>
      <h3>Muscle lengths against standing</h3>
      <p className="hint stretch-legend">
        <span className="stretch-swatch" style={{ background: stretchColours.stretched }} aria-hidden />{' '}
        Stretched (longer, + %){' '}
        <span className="stretch-swatch" style={{ background: stretchColours.shortened }} aria-hidden />{' '}
        Shortened (− %). Each muscle&apos;s path from origin to insertion in the gait2392 model, posed with
        its bones; a muscle with several lines of pull shows their mean. Only muscles crossing a joint the
        pose moves are listed{fallback ? '' : ' and coloured on the model'}.
      </p>
      <ol className="stretch-list">
        {list.map(({ muscle, percent, joints }) => {
          const tint = stretchTint(percent);
          return (
            <li key={muscle} data-stretch-of={muscle} data-stretch={signed(percent)}>
              <span
                className="stretch-swatch"
                style={{
                  background: tint?.colour ?? 'transparent',
                  opacity: tint ? 0.3 + 0.7 * tint.amount : 1,
                }}
                aria-hidden
              />
              <span className="stretch-name">{nameOf(muscle)}</span>{' '}
              <span className="stretch-value">
                {signed(percent)} % {tint ? (percent > 0 ? 'stretched' : 'shortened') : 'about the same'}
              </span>{' '}
              <span className="hint">({joints.join(', ')})</span>
            </li>
          );
        })}
      </ol>
      {exceptions.length > 0 && (
        <>
          <h3>Named by the test but not stretched here</h3>
          <ul className="hint">
            {exceptions.map((e) => (
              <li key={e.muscle}>
                <strong>{nameOf(e.muscle)}:</strong> {e.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <SourceList sources={[...sources, 'gait2392']} />
    </section>
  );
}
