/**
 * Runs the model's labels over a canvas: follows the frames the scene draws anyway (its
 * `onAfterRender`), moving each label with its point while the camera moves, and once the frames
 * stop, chooses again which structures are visible. It never asks for a frame, so an idle scene
 * stays idle.
 */
import type { Camera, Object3D } from 'three';
import { structureName, structures } from '../anatomy/index.ts';
import { shownName, type NameStyle } from '../look/display-name.ts';
import { findAnchors, projectToCanvas, type Anchor } from './label-anchors.ts';
import { columnsFor, layoutLabels } from './label-layout.ts';
import { LabelOverlay, type LabelText } from './label-overlay.ts';
import { loadPicking } from './picking.ts';
import { afterEachFrame } from './after-render.ts';

/** How long the frames must stop before the visible structures are chosen again (ms). */
const settleMs = 150;

function labelText(structure: string, style: NameStyle): LabelText {
  const known = structures.find((s) => s.id === structure);
  if (!known) return { main: structureName(structure), other: null, lang: 'en' };
  const shown = shownName(known, style);
  // The English stays under a Latin name; under an English one the label is the name alone.
  return { main: shown.main, other: shown.lang === 'la' ? shown.other : null, lang: shown.lang };
}

export interface LabelRunner {
  /** Lays the labels out again (after the name style changed). */
  place(): void;
  stop(): void;
}

export function runLabels(
  scene: Object3D,
  camera: Camera,
  canvas: HTMLCanvasElement,
  nameStyle: () => NameStyle,
): LabelRunner | null {
  const host = canvas.parentElement;
  if (!host) return null;
  const overlay = new LabelOverlay(host);
  let anchors: Anchor[] = [];
  let span: { left: number; right: number } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const place = () => {
    const size = overlay.cover(canvas);
    camera.updateMatrixWorld();
    for (const a of anchors) a.screen = projectToCanvas(a.world, camera, size);
    const columns = columnsFor(size, span ?? { left: size.width * 0.35, right: size.width * 0.65 });
    const boxes = anchors.map((a) => {
      const column = a.screen.x < columns.centre ? columns.left : columns.right;
      const box = overlay.measure(a.structure, labelText(a.structure, nameStyle()), column.to - column.from);
      return { id: a.structure, anchor: a.screen, width: box.width, height: box.height };
    });
    overlay.show(layoutLabels(boxes, size, columns));
  };
  const refresh = () => {
    if (stopped) return;
    const found = findAnchors(scene, camera, overlay.cover(canvas));
    anchors = found.anchors;
    span = found.modelSpan;
    place();
  };

  const stopFollowing = afterEachFrame(scene, () => {
    if (stopped) return;
    place();
    clearTimeout(timer);
    timer = setTimeout(refresh, settleMs);
  });
  // Rays need the picking trees (loaded after the first frame): wait for them, then look at once,
  // since turning labels on draws no frame of its own.
  void loadPicking().then(refresh, refresh);
  return {
    place,
    stop() {
      stopped = true;
      clearTimeout(timer);
      stopFollowing();
      overlay.remove();
    },
  };
}
