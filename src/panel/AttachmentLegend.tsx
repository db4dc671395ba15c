/** The key to a selected muscle's footprints on the bone: origin and insertion colours. */
import { attachmentColours } from '../look/attachment-colours.ts';

const keys = [
  ['origin', 'origin (where it starts)'],
  ['insertion', 'insertion (where it ends)'],
] as const;

export function AttachmentLegend() {
  return (
    <p
      className="attachment-legend legend-row"
      role="group"
      aria-label="Key to the footprints on the bone"
      data-attachment-legend
    >
      <strong>On the bone:</strong>
      {keys.map(([end, words]) => (
        <span className="legend-item" key={end}>
          <span
            className="legend-swatch"
            style={{ backgroundColor: attachmentColours[end] }}
            aria-hidden="true"
          />{' '}
          {words}
        </span>
      ))}
    </p>
  );
}
