/**
 * Every trigger point as one instanced bead (one draw call), hidden by what covers it unless x-ray
 * is on (then drawn through everything). Each instance keeps its rank colour; hidden ones
 * shrink to nothing and are skipped by picking. The point asked for with "Show on model" is drawn
 * larger, inside a ring, and registered for the camera to frame (CameraRig).
 */
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  Color,
  DataTexture,
  InstancedMesh,
  LinearFilter,
  Matrix4,
  MeshBasicMaterial,
  Quaternion,
  SRGBColorSpace,
  SphereGeometry,
  SpriteMaterial,
  Vector3,
} from 'three';
import { useExplorer } from '../state/store.ts';
import type { ModelPart } from './model-parts.ts';
import { batchStateOf, pointLook, type PointLook } from './batch-looks.ts';
import { partLabel } from './part-label.ts';
import { isShown } from './picking.ts';
import { raycastDrawnItems } from './batch-picking.ts';
import { batchPointerHandlers } from './batch-pointer.ts';
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

/**
 * A dark-and-white ring (reads on pale skin and dark muscle alike), computed pixel by pixel: a 2D
 * canvas would cost ~0.6 s to create under software WebGL, right after the first frame.
 */
function ringTexture(): DataTexture {
  const size = 64;
  const data = new Uint8Array(size * size * 4);
  const dark = [0x1d, 0x12, 0x40];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const off = Math.abs(Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2) - 25);
      const band = Math.min(Math.max(6 - off, 0), 1); // dark band 11 px wide, soft edge
      const white = Math.min(Math.max(3 - off, 0), 1); // white core 5 px wide
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) data[i + c] = Math.round(dark[c]! + (255 - dark[c]!) * white);
      data[i + 3] = Math.round(255 * band);
    }
  }
  const texture = new DataTexture(data, size, size);
  texture.colorSpace = SRGBColorSpace;
  texture.magFilter = texture.minFilter = LinearFilter;
  texture.needsUpdate = true;
  return texture;
}

export const TriggerPointBatch = memo(function TriggerPointBatch({
  parts,
  rankTints,
  relevant,
  invalidate,
}: TriggerPointBatchProps) {
  const points = useMemo(() => parts.map((p) => new Vector3().setFromMatrixPosition(p.matrix)), [parts]);
  const nameStyle = useExplorer((s) => s.names);
  const labels = useMemo(() => parts.map((p) => partLabel(p.info, nameStyle)), [parts, nameStyle]);
  const structures = useMemo(() => parts.map((p) => p.info.structure), [parts]);
  const material = useMemo(
    () => new MeshBasicMaterial({ depthTest: false, transparent: true, opacity: 0.92 }),
    [],
  );
  const ring = useMemo(
    () => new SpriteMaterial({ map: ringTexture(), depthTest: false, transparent: true }),
    [],
  );
  const state = useExplorer(useShallow(batchStateOf));
  const xray = useExplorer((s) => s.xray);
  // Hidden behind whatever covers them (skin, other muscles) unless x-ray is on: the X on the skin
  // says where to press, the bead where the point lies in the muscle once the cover is peeled.
  useLayoutEffect(() => {
    material.depthTest = !xray;
    material.needsUpdate = true;
    invalidate();
  }, [material, xray, invalidate]);
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

  const { hover, onOut, onClick } = batchPointerHandlers((e) => e.instanceId ?? -1, structures, labels);

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
