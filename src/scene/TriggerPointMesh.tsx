/**
 * A trigger point: a small bead at the node's position, drawn through the skin and muscles
 * (no depth test) so a patient sees where to press. Shown only when relevant (see visibility.ts).
 */
import { memo, useCallback, useLayoutEffect, useMemo } from 'react';
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { MeshBasicMaterial, SphereGeometry, type Mesh } from 'three';
import { useExplorer } from '../state/store.ts';
import type { StructureId } from '../anatomy/ids.ts';
import type { ModelPart } from './model-parts.ts';
import { isPartVisible } from './visibility.ts';
import { partColours } from './part-colours.ts';
import { partLabel } from './part-label.ts';
import { makePickable } from './picking.ts';
import { hideHoverLabel, showHoverLabel } from './hover-label-anchor.ts';
import { registerPart } from './scene-registry.ts';

export interface TriggerPointMeshProps {
  part: ModelPart;
  /** Rank colour when its muscle is a lit candidate, else null. */
  tint: string | null;
  /** Whether it is one of the candidates' points for the chosen pain sites. */
  relevant: boolean;
}

/** Shared bead for anchors that carry no mesh of their own (radius 7 mm). */
const bead = new SphereGeometry(0.007, 16, 12);

export const TriggerPointMesh = memo(function TriggerPointMesh({
  part,
  tint,
  relevant,
}: TriggerPointMeshProps) {
  const { info, matrix } = part;
  const geometry = part.geometry ?? bead;
  const visible = useExplorer((s) => isPartVisible(info, s, relevant));
  const focused = useExplorer((s) => s.focusedCandidate === info.structure);
  const invalidate = useThree((s) => s.invalidate);
  const material = useMemo(
    () => new MeshBasicMaterial({ color: partColours.triggerPoint, depthTest: false, transparent: true }),
    [],
  );
  const label = useMemo(() => partLabel(info), [info]);
  useLayoutEffect(() => () => material.dispose(), [material]);
  useLayoutEffect(() => {
    material.color.set(tint ?? partColours.triggerPoint);
    material.opacity = focused || tint ? 1 : 0.85;
    invalidate();
  }, [material, tint, focused, invalidate]);

  const ref = useCallback(
    (mesh: Mesh | null) => {
      if (mesh) makePickable(mesh);
      registerPart(info.name, mesh);
    },
    [info.name],
  );
  const structure = info.structure as StructureId;
  const onOver = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation();
    useExplorer.getState().setHovered(structure);
    showHoverLabel(label, e.point);
  };
  const onOut = () => {
    if (useExplorer.getState().hovered === structure) useExplorer.getState().setHovered(null);
    hideHoverLabel();
  };
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    if (e.delta > 2) return;
    useExplorer.getState().select(structure);
  };

  return (
    <mesh
      ref={ref}
      name={info.name}
      userData={info}
      geometry={geometry}
      material={material}
      matrix={matrix}
      matrixAutoUpdate={false}
      visible={visible}
      renderOrder={20}
      onPointerOver={onOver}
      onPointerOut={onOut}
      onClick={onClick}
    />
  );
});
