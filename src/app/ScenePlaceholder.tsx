/**
 * A light stand-in for the 3D view while its code and the model load: the outline of a limb seen
 * from behind, mirrored for the left side. Decorative (the loading message says it in words).
 */
import type { Side } from '../anatomy/ids.ts';

const outline =
  'M34 8 C48 2 70 4 78 14 C84 40 80 70 74 100 C70 118 66 128 64 138 C68 160 68 190 62 222 ' +
  'C60 240 60 256 62 268 C66 276 74 282 72 290 C62 294 50 292 46 286 C46 270 46 256 44 240 ' +
  'C40 214 36 186 38 150 C36 138 30 120 28 100 C24 70 22 36 34 8 Z';

export function ScenePlaceholder({ side }: { side: Side }) {
  return (
    <div className="scene-placeholder" aria-hidden="true">
      <svg viewBox="0 0 100 300" className={side === 'left' ? 'is-left' : undefined}>
        <path d={outline} />
      </svg>
    </div>
  );
}
