/**
 * Where the model's labels go on screen: two columns beside the model, left and right, each label
 * stacked in the order of its point's height so leader lines do not cross within a column, pushed
 * apart so no two labels overlap, and dropped (least important first) when a column is full. Pure:
 * screen pixels in, boxes out (the scene measures the labels and draws them).
 */

export interface Point {
  x: number;
  y: number;
}

/** A label to place: its point on the model (screen px) and its measured size. */
export interface LabelBox {
  id: string;
  anchor: Point;
  width: number;
  height: number;
}

export interface PlacedLabel extends LabelBox {
  side: 'left' | 'right';
  /** Top-left corner of the label (screen px). */
  x: number;
  y: number;
  /** Where the leader line leaves the label: the middle of its edge facing the model. */
  lineStart: Point;
}

/** The two columns, as the x range each may use. */
export interface Columns {
  left: { from: number; to: number };
  right: { from: number; to: number };
  /** Points left of this go to the left column. */
  centre: number;
}

export interface LayoutOptions {
  /** Space kept free at the edges of the area (px). */
  margin: number;
  /** Space between stacked labels (px). */
  gap: number;
  /** Widest a column may be (px). */
  maxWidth: number;
  /** Narrowest a column may be, even where it then reaches over the model's edge (px). */
  minWidth: number;
}

export const defaultLayoutOptions: LayoutOptions = { margin: 8, gap: 3, maxWidth: 180, minWidth: 76 };

/**
 * The columns beside the model's screen extent (`model.left`..`model.right`): each as wide as the
 * room between the model and the area's edge allows, within the options' bounds, and never past
 * the middle of the area, so the two columns never meet.
 */
export function columnsFor(
  area: { width: number },
  model: { left: number; right: number },
  options: LayoutOptions = defaultLayoutOptions,
): Columns {
  const { margin, maxWidth, minWidth } = options;
  const half = area.width / 2;
  const widest = Math.max(0, Math.min(maxWidth, half - margin - options.gap));
  const fit = (room: number) => Math.min(widest, Math.max(Math.min(minWidth, widest), room));
  const leftWidth = fit(model.left - margin - 12);
  const rightWidth = fit(area.width - model.right - margin - 12);
  return {
    left: { from: margin, to: margin + leftWidth },
    right: { from: area.width - margin - rightWidth, to: area.width - margin },
    centre: (model.left + model.right) / 2,
  };
}

/**
 * Places `labels` (most important first) in the columns. Within a column each label sits as close
 * to its point's height as the labels above it allow; a column that runs past the bottom is pushed
 * back up; labels that still do not fit are dropped, the least important first.
 */
export function layoutLabels(
  labels: readonly LabelBox[],
  area: { width: number; height: number },
  columns: Columns,
  options: LayoutOptions = defaultLayoutOptions,
): PlacedLabel[] {
  const left = labels.filter((l) => l.anchor.x < columns.centre);
  const right = labels.filter((l) => l.anchor.x >= columns.centre);
  return [
    ...stackColumn(left, 'left', area, columns, options),
    ...stackColumn(right, 'right', area, columns, options),
  ];
}

function stackColumn(
  labels: readonly LabelBox[],
  side: 'left' | 'right',
  area: { height: number },
  columns: Columns,
  options: LayoutOptions,
): PlacedLabel[] {
  const { margin, gap } = options;
  const room = area.height - 2 * margin;
  // Keep the most important labels that fit in the column's height at all.
  const kept: LabelBox[] = [];
  let used = 0;
  for (const label of labels) {
    const need = label.height + (kept.length > 0 ? gap : 0);
    if (used + need > room) continue;
    kept.push(label);
    used += need;
  }
  const byHeight = [...kept].sort((a, b) => a.anchor.y - b.anchor.y);
  // Down the column: each as near its point as the one above allows.
  const tops: number[] = [];
  let next = margin;
  for (const label of byHeight) {
    const top = Math.max(label.anchor.y - label.height / 2, next);
    tops.push(top);
    next = top + label.height + gap;
  }
  // Up from the bottom: whatever ran past the bottom edge is pushed back, keeping the gaps.
  let limit = area.height - margin;
  for (let i = byHeight.length - 1; i >= 0; i--) {
    const label = byHeight[i]!;
    tops[i] = Math.min(tops[i]!, limit - label.height);
    limit = tops[i]! - gap;
  }
  const column = columns[side];
  return byHeight.map((label, i) => {
    const width = Math.min(label.width, column.to - column.from);
    const x = side === 'left' ? column.to - width : column.from;
    const y = tops[i]!;
    return {
      ...label,
      width,
      side,
      x,
      y,
      lineStart: { x: side === 'left' ? x + width : x, y: y + label.height / 2 },
    };
  });
}

/** Whether two placed labels overlap (for tests and checks). */
export function overlaps(a: PlacedLabel, b: PlacedLabel): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
