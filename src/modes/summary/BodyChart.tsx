/**
 * Where it hurts, on the body, front and back: the marked skin (chosen sites and the pain drawing)
 * painted on two silhouettes of the limb, with landmarks named at the side and the outer and inner
 * sides labelled so the picture reads without the 3D model. SVG only (see body-chart.ts).
 */
import type { Side } from '../../anatomy/ids.ts';
import type { SurfaceMask } from '../../anatomy/surface-grid.ts';
import { chartHeight, chartLandmarks, chartY, maskPath, maxHalfWidth, silhouettePath } from './body-chart.ts';

const gap = 8;
const labelWidth = 42;
const top = 6;
const bottom = 8;
const figureWidth = 2 * maxHalfWidth;

export function BodyChart({ marked, side }: { marked: SurfaceMask; side: Side }) {
  const mirrored = side === 'left';
  const outline = silhouettePath();
  const figures = [
    { half: 'front' as const, title: 'Front', cx: maxHalfWidth },
    { half: 'back' as const, title: 'Back', cx: figureWidth + gap + maxHalfWidth },
  ];
  const width = 2 * figureWidth + gap + labelWidth;
  const height = top + chartHeight + bottom;
  const sideWord = side === 'left' ? 'left' : 'right';
  return (
    <svg
      className="body-chart"
      viewBox={`-2 0 ${width + 2} ${height}`}
      role="img"
      aria-label={`Where it hurts, marked in red on the ${sideWord} leg seen from the front and from the back`}
    >
      {figures.map(({ half, title, cx }) => {
        // From the front the outer side of a right leg is on the viewer's left; from behind, on the right.
        const outerOnLeft = (half === 'front') !== mirrored;
        return (
          <g key={half} transform={`translate(${cx} ${top})`}>
            <text className="chart-title" x={0} y={-1.5} textAnchor="middle">
              {title}
            </text>
            <path className="chart-limb" d={outline} />
            {chartLandmarks.map((l) => (
              <line
                key={l.label}
                className="chart-landmark"
                x1={-maxHalfWidth}
                x2={maxHalfWidth}
                y1={chartY(l.y)}
                y2={chartY(l.y)}
              />
            ))}
            <path className="chart-marked" d={maskPath(marked, half, mirrored)} />
            <text className="chart-side" x={-maxHalfWidth + 0.5} y={chartHeight + 5} textAnchor="start">
              {outerOnLeft ? 'outer' : 'inner'}
            </text>
            <text className="chart-side" x={maxHalfWidth - 0.5} y={chartHeight + 5} textAnchor="end">
              {outerOnLeft ? 'inner' : 'outer'}
            </text>
          </g>
        );
      })}
      {chartLandmarks.map((l) => (
        <text key={l.label} className="chart-label" x={2 * figureWidth + gap + 2} y={top + chartY(l.y) + 1.2}>
          {l.label}
        </text>
      ))}
    </svg>
  );
}
