/**
 * Every trigger point as one instanced bead (one draw call), drawn through skin and muscles (no
 * depth test) so a patient sees where to press. Each instance keeps its rank colour; hidden ones
 * shrink to nothing and are skipped by picking. The point asked for with "Show on model" is drawn
 * larger, inside a ring, and registered for the camera to frame (CameraRig).
 */
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
// Types only: a runtime import of R3F here would make the bundler split three into more start-up chunks.
import type { ThreeEvent } from '@react-three/fiber';
import { useShallow } from 'zustand/react/shallow';
import {
  CanvasTexture,
  Color,
  InstancedMesh,
  Matrix4,
  MeshBasicMaterial,
  Quaternion,
  SRGBColorSpace,
  SphereGeometry,
  SpriteMaterial,
  Vector3,
} from 'three';
import { useExplorer } from '../state/store.ts';
import type { StructureId } from '../anatomy/ids.ts';
import type { ModelPart } from './model-parts.ts';
import { pointLook, type PointLook } from './batch-looks.ts';
import { partLabel } from './part-label.ts';
import { isShown } from './picking.ts';
import { raycastDrawnItems } from './batch-picking.ts';
import { hideHoverLabel, showHoverLabel } from './hover-label-anchor.ts';
import { registerItem, setEmphasisedPoint } from './scene-registry.ts';

export interface TriggerPointBatchProps {
  parts: readonly ModelPart[];
  /** Rank colour of each lit candidate muscle. */
  rankTints: ReadonlyMap<string, string>;
  /** Node names of the candidates' points for the chosen pain sites. */
  relevant: ReadonlySet<string>;
  /** Asks the on-demand canvas for a frame. */
  invalidate(): void;
}

/** Bead radius (7 mm). */
const radius = 0.007;
/** The ring's width: its inner edge clears the enlarged bead of the shown point. */
const ringSize = 0.05;
const bead = new SphereGeometry(radius, 16, 12);
const matrix = new Matrix4();
const unit = new Vector3();
const noTurn = new Quaternion();
const colour = new Color();

/** A dark-and-white ring (reads on pale skin and dark muscle alike). */
function ringTexture(): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 64;
  const g = canvas.getContext('2d');
  if (g) {
    g.beginPath();
    g.arc(32, 32, 25, 0, Math.PI * 2);
    g.lineWidth = 11;
    g.strokeStyle = '#1d1240';
    g.stroke();
    g.lineWidth = 5;
    g.strokeStyle = '#ffffff';
    g.stroke();
  }
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  return texture;
}

export const TriggerPointBatch = memo(function TriggerPointBatch({
  parts,
  rankTints,
  relevant,
  invalidate,
}: TriggerPointBatchProps) {
  const points = useMemo(() => parts.map((p) => new Vector3().setFromMatrixPosition(p.matrix)), [parts]);
  const labels = useMemo(() => parts.map((p) => partLabel(p.info)), [parts]);
  const material = useMemo(
    () => new MeshBasicMaterial({ depthTest: false, transparent: true, opacity: 0.92 }),
    [],
  );
  const ring = useMemo(
    () => new SpriteMaterial({ map: ringTexture(), depthTest: false, transparent: true }),
    [],
  );
  const state = useExplorer(
    useShallow((s) => ({
      layers: s.layers,
      peel: s.peel,
      isolate: s.isolate,
      selected: s.selected,
      focusedCandidate: s.focusedCandidate,
      hidden: s.hidden,
      xray: s.xray,
      hovered: s.hovered,
      shownTriggerPoint: s.shownTriggerPoint,
    })),
  );
  const looks = useMemo(
    () => parts.map((p) => pointLook(p.info, state, relevant.has(p.info.name), rankTints)),
    [parts, state, relevant, rankTints],
  );
  const current = useRef<PointLook[]>(looks);
  const mesh = useRef<InstancedMesh | null>(null);
  const shownIndex = looks.findIndex((l) => l.shown);

  useLayoutEffect(
    () => () => {
      material.dispose();
      ring.map?.dispose();
      ring.dispose();
    },
    [material, ring],
  );

  useLayoutEffect(() => {
    current.current = looks;
    const m = mesh.current;
    if (!m) return;
    looks.forEach((look, i) => {
      m.setMatrixAt(i, matrix.compose(points[i]!, noTurn, unit.setScalar(look.scale)));
      m.setColorAt(i, colour.set(look.colour));
    });
    m.instanceMatrix.needsUpdate = true;
    if (m.instanceColor) m.instanceColor.needsUpdate = true;
    // Picking and culling read the instances' bounding sphere: it moves with them.
    m.computeBoundingSphere();
    m.visible = looks.some((l) => l.visible);
    setEmphasisedPoint(parts[shownIndex]?.info.name ?? null);
    invalidate();
  }, [looks, points, parts, shownIndex, invalidate]);

  useEffect(() => () => setEmphasisedPoint(null), []);

  useEffect(() => {
    parts.forEach(({ info }, i) =>
      registerItem(info.name, {
        structure: info.structure,
        shown: () => current.current[i]?.visible === true,
        box: (out) => {
          const r = radius * (current.current[i]?.scale || 1);
          out.setFromCenterAndSize(points[i]!, unit.setScalar(2 * r));
          if (!mesh.current) return out;
          mesh.current.updateWorldMatrix(true, false);
          return out.applyMatrix4(mesh.current.matrixWorld);
        },
      }),
    );
    return () => parts.forEach(({ info }) => registerItem(info.name, null));
  }, [parts, points]);

  const setMesh = useCallback((m: InstancedMesh | null) => {
    mesh.current = m;
    if (!m) return;
    m.raycast = raycastDrawnItems(
      function (raycaster, hits) {
        if (isShown(this)) InstancedMesh.prototype.raycast.call(this, raycaster, hits);
      },
      (hit) => hit.instanceId !== undefined && current.current[hit.instanceId]?.visible === true,
    );
  }, []);

  const hover = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation();
    const part = parts[e.instanceId ?? -1];
    if (!part) return;
    if (useExplorer.getState().hovered !== part.info.structure)
      useExplorer.getState().setHovered(part.info.structure as StructureId);
    showHoverLabel(labels[e.instanceId!]!, e.point);
  };
  const onOut = () => {
    const hovered = useExplorer.getState().hovered;
    if (parts.some((p) => p.info.structure === hovered)) useExplorer.getState().setHovered(null);
    hideHoverLabel();
  };
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    const part = parts[e.instanceId ?? -1];
    if (e.delta > 2 || !part) return;
    useExplorer.getState().select(part.info.structure as StructureId);
  };

  return (
    <>
      <instancedMesh
        ref={setMesh}
        name="trigger-points"
        args={[bead, material, parts.length]}
        frustumCulled={false}
        renderOrder={20}
        onPointerOver={hover}
        onPointerMove={hover}
        onPointerOut={onOut}
        onClick={onClick}
      />
      {points[shownIndex] && (
        <sprite
          name="shown-trigger-point-ring"
          material={ring}
          position={points[shownIndex]}
          scale={ringSize}
          renderOrder={21}
          raycast={() => undefined}
        />
      )}
    </>
  );
});
