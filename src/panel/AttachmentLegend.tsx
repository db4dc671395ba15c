/** The key to a selected muscle's footprints on the bone: origin and insertion colours. */
import { attachmentColours } from '../look/attachment-colours.ts';

export function AttachmentLegend() {
  return (
    <p
      className="attachment-legend legend-row"
      role="group"
      aria-label="Key to the footprints on the bone"
      data-attachment-legend
    >
      <strong>On the bone:</strong>
      <span className="legend-item">
        <span
          className="legend-swatch"
          style={{ backgroundColor: attachmentColours.origin }}
          aria-hidden="true"
        />{' '}
        origin (where it starts)
      </span>
      <span className="legend-item">
        <span
          className="legend-swatch"
          style={{ backgroundColor: attachmentColours.insertion }}
          aria-hidden="true"
        />{' '}
        insertion (where it ends)
      </span>
    </p>
  );
}
