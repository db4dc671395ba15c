/**
 * A pain-drawing stroke on the skin: while the pointer moves, the brush paints into a working copy
 * of the drawing and straight into the pain texture's red channel (no React render, no ranking);
 * when the pointer is released anywhere, the stroke is committed to the store once, which ranks it
 * and writes the URL.
 */
import { useEffect, useRef } from 'react';
import type { DataTexture } from 'three';
import { emptyMask, type SurfaceMask } from '../anatomy/surface-grid.ts';
import { brushRadii, stampBrush, strokeBrush } from '../state/pain-drawing.ts';
import { useExplorer } from '../state/store.ts';
import { writeDrawing, writeDrawingBetween } from './pain-texture.ts';

type Coord = { y: number; angle: number };

interface Stroke {
  mask: SurfaceMask;
  last: Coord;
  value: 0 | 1;
  changed: boolean;
}

export interface SkinStroke {
  start(at: Coord | undefined): void;
  move(at: Coord | undefined): void;
}

/** Last pointer-move cost while drawing (ms), read by the bench through the test hook. */
export const drawingCost = { lastMs: 0, samples: [] as number[] };

export function useSkinDrawing(
  texture: DataTexture,
  drawing: SurfaceMask | null,
  invalidate: () => void,
): SkinStroke {
  const stroke = useRef<Stroke | null>(null);
  const textureRef = useRef(texture);
  useEffect(() => {
    textureRef.current = texture;
  }, [texture]);

  useEffect(() => {
    const end = () => {
      const current = stroke.current;
      stroke.current = null;
      if (current?.changed) useExplorer.getState().setDrawing(current.mask);
    };
    window.addEventListener('pointerup', end);
    window.addEventListener('pointercancel', end);
    return () => {
      window.removeEventListener('pointerup', end);
      window.removeEventListener('pointercancel', end);
    };
  }, []);

  /** Repaints the drawing into the texture: all of it, or only the rows between two heights. */
  const repaint = (mask: SurfaceMask, rows?: { yLow: number; yHigh: number }) => {
    const t = textureRef.current;
    const data = t.image.data as Uint8Array;
    if (rows) writeDrawingBetween(data, mask, rows.yLow, rows.yHigh);
    else writeDrawing(data, mask);
    t.needsUpdate = true;
    invalidate();
  };

  return {
    start(at) {
      if (!at) return;
      const { drawTool, brushSize } = useExplorer.getState();
      if (drawTool === 'none') return;
      const value = drawTool === 'draw' ? 1 : 0;
      const mask = drawing ? drawing.slice() : emptyMask();
      const changed = stampBrush(mask, at, brushRadii[brushSize], value);
      stroke.current = { mask, last: at, value, changed };
      if (changed) repaint(mask);
    },
    move(at) {
      const current = stroke.current;
      if (!current || !at) return;
      const t0 = performance.now();
      const radius = brushRadii[useExplorer.getState().brushSize];
      const changed = strokeBrush(current.mask, current.last, at, radius, current.value);
      const rows = {
        yLow: Math.min(current.last.y, at.y) - radius,
        yHigh: Math.max(current.last.y, at.y) + radius,
      };
      current.last = at;
      if (changed) {
        current.changed = true;
        repaint(current.mask, rows);
      }
      drawingCost.lastMs = performance.now() - t0;
      if (drawingCost.samples.length < 2000) drawingCost.samples.push(drawingCost.lastMs);
    },
  };
}
