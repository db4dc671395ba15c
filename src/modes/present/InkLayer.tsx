/**
 * The presentation pen: strokes drawn on the screen over the model, in ink units (`ink-codec.ts`:
 * 1/1024 of the height, x from the centre line) so they ride in the link and land on the same part
 * of the limb on another screen. The SVG's viewBox does the unit conversion: it is 1024 units high
 * and centred, and `meet` scales it by the height. While the pen is off the layer lets every
 * pointer through to the model.
 */
import { useMemo, useRef, useState, type PointerEvent } from 'react';
import { useExplorer } from '../../state/store.ts';
import { decodeInk, inkUnitsPerHeight, type InkStroke } from '../../state/ink-codec.ts';
import { encodeInk, inkFits, simplifyStroke, toInkUnits } from '../../state/ink-pen.ts';

const strokePath = (s: InkStroke): string => {
  if (s.length < 2) return '';
  let d = `M${s[0]} ${s[1]}`;
  // A dot (one point) is drawn as a tiny line so the round cap shows it.
  if (s.length === 2) return `${d}h0.01`;
  for (let i = 2; i + 1 < s.length; i += 2) d += `L${s[i]} ${s[i + 1]}`;
  return d;
};

export function InkLayer({ active, onFull }: { active: boolean; onFull: () => void }) {
  const word = useExplorer((s) => s.ink);
  const setInk = useExplorer((s) => s.setInk);
  // The store keeps the link word (checked when the link was read); the strokes are read here.
  const ink = useMemo(() => {
    const decoded = decodeInk(word);
    return decoded.ok ? decoded.ink : [];
  }, [word]);
  const [current, setCurrent] = useState<number[] | null>(null);
  const drawing = useRef<{ id: number; points: number[] } | null>(null);

  const pointAt = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return toInkUnits(e.clientX - box.left, e.clientY - box.top, box.width, box.height);
  };
  const onDown = (e: PointerEvent<SVGSVGElement>) => {
    if (!active || e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drawing.current = { id: e.pointerId, points: [...pointAt(e)] };
    setCurrent(drawing.current.points.slice());
  };
  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    const d = drawing.current;
    if (!d || d.id !== e.pointerId) return;
    const [x, y] = pointAt(e);
    if (x === d.points[d.points.length - 2] && y === d.points[d.points.length - 1]) return;
    d.points.push(x, y);
    setCurrent(d.points.slice());
  };
  const onUp = (e: PointerEvent<SVGSVGElement>) => {
    const d = drawing.current;
    if (!d || d.id !== e.pointerId) return;
    drawing.current = null;
    setCurrent(null);
    const next = [...ink, simplifyStroke(d.points)];
    if (inkFits(next)) setInk(encodeInk(next));
    else onFull();
  };

  return (
    <svg
      className={`present-ink${active ? ' is-active' : ''}`}
      viewBox={`-1 0 2 ${inkUnitsPerHeight}`}
      preserveAspectRatio="xMidYMin meet"
      aria-hidden="true"
      data-ink-strokes={ink.length}
      onPointerDown={onDown}
      onPointerMove={onMove}
      onPointerUp={onUp}
      onPointerCancel={onUp}
    >
      {ink.map((s, i) => (
        <path key={i} d={strokePath(s)} />
      ))}
      {current && <path d={strokePath(current)} />}
    </svg>
  );
}
