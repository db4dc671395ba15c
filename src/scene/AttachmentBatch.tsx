/**
 * Every attachment footprint in one mesh (one draw call): hover label, click to select the
 * muscle, double-click to frame the footprint, x-ray, isolate, hide and the layer switch work per
 * footprint as they would on separate meshes. A hit face maps to its item, the item to its node
 * name (`<muscle>-origin`, …), which stays the footprint's identity.
 */
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
// Types only: a runtime import of R3F here would make the bundler split three into more start-up chunks.
import type { ThreeEvent } from '@react-three/fiber';
import { useShallow } from 'zustand/react/shallow';
import { Box3, Color, type Mesh } from 'three';
import { useExplorer } from '../state/store.ts';
import type { ModelPart } from './model-parts.ts';
import { attachmentLook, batchStateOf, type AttachmentLook } from './batch-looks.ts';
import {
  createAttachmentMaterial,
  createItemTexture,
  itemOfVertex,
  mergeAttachments,
  writeItem,
} from './attachment-batch.ts';
import { partColour } from './part-colours.ts';
import { partLabel } from './part-label.ts';
import { makePickable, pickableRaycast } from './picking.ts';
import { batchPointerHandlers } from './batch-pointer.ts';
import { raycastDrawnItems } from './batch-picking.ts';
import { requestFrame } from './camera-requests.ts';
import { registerItem } from './scene-registry.ts';

const box = new Box3();

export interface AttachmentBatchProps {
  parts: readonly ModelPart[];
  /** Asks the on-demand canvas for a frame. */
  invalidate(): void;
}

export const AttachmentBatch = memo(function AttachmentBatch({ parts, invalidate }: AttachmentBatchProps) {
  const batch = useMemo(() => mergeAttachments(parts), [parts]);
  const { geometry, items, boxes } = batch;
  const colours = useMemo(() => items.map((info) => new Color(partColour(info))), [items]);
  const nameStyle = useExplorer((s) => s.names);
  const labels = useMemo(() => items.map((info) => partLabel(info, nameStyle)), [items, nameStyle]);
  const structures = useMemo(() => items.map((info) => info.structure), [items]);
  const names = useMemo(() => items.map((info) => info.name), [items]);
  const texture = useMemo(() => createItemTexture(items.length), [items]);
  const material = useMemo(() => createAttachmentMaterial(texture), [texture]);
  // Footprints look the same whichever trigger point is shown: leaving it out spares re-renders.
  const state = useExplorer(useShallow((s) => ({ ...batchStateOf(s), shownTriggerPoint: null })));
  const looks = useMemo(() => items.map((info) => attachmentLook(info, state)), [items, state]);
  const current = useRef<AttachmentLook[]>(looks);
  const mesh = useRef<Mesh>(null);
  const anyShown = looks.some((l) => l.visible);
  const ghosted = looks.some((l) => l.visible && l.ghosted);

  useLayoutEffect(
    () => () => {
      material.dispose();
      texture.dispose();
      geometry.dispose();
    },
    [material, texture, geometry],
  );

  useLayoutEffect(() => {
    current.current = looks;
    const data = texture.image.data as Uint8Array;
    looks.forEach((look, i) => writeItem(data, items.length, i, colours[i]!, look));
    texture.needsUpdate = true;
    if (material.transparent !== ghosted) {
      material.transparent = ghosted;
      material.needsUpdate = true;
    }
    material.depthWrite = !ghosted;
    invalidate();
  }, [looks, items, colours, texture, material, ghosted, invalidate]);

  // Picking: all hits along the ray, the nearest footprint that is drawn wins.
  const setMesh = useCallback(
    (m: Mesh | null) => {
      mesh.current = m;
      if (!m) return;
      makePickable(m);
      m.raycast = raycastDrawnItems(
        pickableRaycast,
        (hit) => !!hit.face && current.current[itemOfVertex(geometry, hit.face.a)]?.visible === true,
      );
    },
    [geometry],
  );

  useEffect(() => {
    items.forEach((info, i) =>
      registerItem(info.name, {
        structure: info.structure,
        shown: () => current.current[i]?.visible === true,
        box: (out) => {
          out.copy(boxes[i]!);
          if (!mesh.current) return out;
          mesh.current.updateWorldMatrix(true, false);
          return out.applyMatrix4(mesh.current.matrixWorld);
        },
      }),
    );
    return () => items.forEach((info) => registerItem(info.name, null));
  }, [items, boxes]);

  const itemAt = (e: ThreeEvent<MouseEvent | PointerEvent>) =>
    e.face ? itemOfVertex(geometry, e.face.a) : -1;
  const { hover, onOut, onClick } = batchPointerHandlers(itemAt, structures, labels, names);
  const onDoubleClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    const i = itemAt(e);
    if (!boxes[i]) return;
    box.copy(boxes[i]).applyMatrix4(e.object.matrixWorld);
    requestFrame({ min: box.min.toArray(), max: box.max.toArray() });
  };

  return (
    <mesh
      ref={setMesh}
      name="attachments"
      geometry={geometry}
      material={material}
      visible={anyShown}
      renderOrder={ghosted ? 2 : 0}
      onPointerOver={hover}
      onPointerMove={hover}
      onPointerOut={onOut}
      onClick={onClick}
      onDoubleClick={onDoubleClick}
    />
  );
});
