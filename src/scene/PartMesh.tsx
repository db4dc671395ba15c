/**
 * One structure of the model (bone, muscle, tendon, fascia, septum, nerve, attachment): its own
 * material, BVH picking, hover label, click to select (drags ignored), double-click to frame it.
 * It subscribes to booleans from the store only, so a click re-renders just the meshes it changes.
 */
import { memo, useCallback, useLayoutEffect, useMemo } from 'react';
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { Box3, Color, MeshStandardMaterial, type Mesh } from 'three';
import { useExplorer } from '../state/store.ts';
import { requestCardScroll } from '../state/card-scroll.ts';
import type { StructureId } from '../anatomy/ids.ts';
import type { ModelPart } from './model-parts.ts';
import { isOfSelection, isPartGhosted, isPartSeeThrough, isPartVisible } from './visibility.ts';
import { partColour } from './part-colours.ts';
import { addTissueLook } from './tissue-material.ts';
import { partLabel } from './part-label.ts';
import { makePickable } from './picking.ts';
import { hideHoverLabel, showHoverLabel } from './hover-label-anchor.ts';
import { requestFrame } from './camera-requests.ts';
import { registerPart } from './scene-registry.ts';

export interface PartMeshProps {
  part: ModelPart;
  /** Rank colour when this part's muscle is a lit candidate, else null. */
  tint: string | null;
}

const hoverGlow = new Color('#ffffff');
const selectGlow = new Color('#3aa0ff');
const box = new Box3();

export const PartMesh = memo(function PartMesh({ part, tint }: PartMeshProps) {
  const { info, geometry, matrix } = part;
  const visible = useExplorer((s) => isPartVisible(info, s));
  const ghosted = useExplorer((s) => isPartGhosted(info, s));
  const seeThrough = useExplorer((s) => isPartSeeThrough(info, s));
  const hovered = useExplorer((s) => s.hovered === info.structure);
  const selected = useExplorer((s) => isOfSelection(info.structure, s));
  const invalidate = useThree((s) => s.invalidate);
  const material = useMemo(() => {
    const m = new MeshStandardMaterial({
      color: partColour(info),
      roughness: info.kind === 'bone' ? 0.6 : info.kind === 'tendon' ? 0.4 : 0.7,
    });
    addTissueLook(m, info.kind, geometry);
    return m;
  }, [info, geometry]);
  const names = useExplorer((s) => s.names);
  const label = useMemo(() => partLabel(info, names), [info, names]);

  useLayoutEffect(() => () => material.dispose(), [material]);

  useLayoutEffect(() => {
    const base = new Color(partColour(info));
    material.color.copy(tint ? base.lerp(new Color(tint), 0.55) : base);
    if (selected) material.emissive.copy(selectGlow).multiplyScalar(0.35);
    else if (hovered) material.emissive.copy(hoverGlow).multiplyScalar(0.1);
    else if (tint) material.emissive.set(tint).multiplyScalar(0.3);
    else material.emissive.setRGB(0, 0, 0);
    const translucent = ghosted || seeThrough || info.kind === 'fascia' || info.kind === 'septum';
    const opacity = ghosted ? 0.14 : seeThrough ? 0.45 : translucent ? 0.55 : 1;
    if (material.transparent !== translucent) {
      material.transparent = translucent;
      material.needsUpdate = true;
    }
    material.opacity = opacity;
    material.depthWrite = !translucent;
    invalidate();
  }, [material, info, tint, hovered, selected, ghosted, seeThrough, invalidate]);

  const ref = useCallback(
    (mesh: Mesh | null) => {
      if (mesh) makePickable(mesh);
      registerPart(info.name, mesh);
    },
    [info.name],
  );
  if (!geometry) return null;

  const structure = info.structure as StructureId;
  const onOver = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation();
    useExplorer.getState().setHovered(structure);
    showHoverLabel(label, e.point);
  };
  const onMove = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation();
    showHoverLabel(label, e.point);
  };
  const onOut = () => {
    if (useExplorer.getState().hovered === structure) useExplorer.getState().setHovered(null);
    hideHoverLabel();
  };
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    if (e.delta > 2) return; // the end of a drag (orbiting), not a click
    const state = useExplorer.getState();
    // In the quiz a click answers the question instead of opening the structure's card.
    if (state.mode === 'quiz') state.pickInQuiz(info.name, structure);
    else {
      requestCardScroll();
      state.select(structure);
    }
  };
  const onDoubleClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    box.setFromObject(e.object);
    requestFrame({ min: box.min.toArray(), max: box.max.toArray() });
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
      renderOrder={ghosted ? 2 : 0}
      onPointerOver={onOver}
      onPointerMove={onMove}
      onPointerOut={onOut}
      onClick={onClick}
      onDoubleClick={onDoubleClick}
    />
  );
});
