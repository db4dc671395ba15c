/**
 * The limb: loads the model, flattens it into tagged parts and renders one component per part
 * inside a group that mirrors the limb for the left side. Attachment footprints and trigger
 * points are drawn batched (one draw call each kind, ModelExtras), loaded after the first frame.
 * The focused muscle's map (state/focus.ts) decides what lights up: its muscle tint and trigger
 * points here, its zones on the skin (SkinMesh).
 */
import { lazy, Suspense, useCallback, useMemo, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import type { Group } from 'three';
import { useExplorer } from '../state/store.ts';
import { useComparedMuscle, useFocusedMuscle } from '../state/focus.ts';
import { muscleById } from '../anatomy/index.ts';
import { useThighModel } from './model-cache.ts';
import { collectParts } from './model-parts.ts';
import { mapColours } from '../look/map-colours.ts';
import { PartMesh } from './PartMesh.tsx';
import { SkinMesh } from './SkinMesh.tsx';
import { CameraRig } from './CameraRig.tsx';
import { firstFrame } from './first-frame.ts';
import { usePoseRunner } from './use-pose-runner.ts';

const ModelExtras = lazy(() =>
  firstFrame.then(() => import('./ModelExtras.tsx')).then((m) => ({ default: m.ModelExtras })),
);

export function ThighModel() {
  const gltf = useThighModel();
  const { parts, bounds } = useMemo(() => collectParts(gltf.scene), [gltf.scene]);
  const [attachments, points] = useMemo(
    () => [
      parts.filter((p) => p.info.kind === 'attachment'),
      parts.filter((p) => p.info.kind === 'trigger-point'),
    ],
    [parts],
  );
  const limb = useRef<Group>(null);
  // Posing (issue 14) and its kinematics load only once a pose is asked for.
  usePoseRunner(limb);
  const invalidate = useThree((s) => s.invalidate);
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const get = useThree((s) => s.get);
  const controls = useCallback(() => get().controls, [get]);
  const side = useExplorer((s) => s.side);
  const focus = useFocusedMuscle();
  const compare = useComparedMuscle();
  // One map in focus (and one compared): only their muscles are tinted and only their trigger
  // points drawn, in the map colours the skin and the legend use.
  const tints = useMemo(() => {
    const out = new Map<string, string>();
    if (focus) out.set(focus, mapColours.focus);
    if (compare) out.set(compare, mapColours.compare);
    return out;
  }, [focus, compare]);
  const relevantPoints = useMemo(
    () =>
      new Set(
        [focus, compare].flatMap((id) => (id ? (muscleById(id)?.triggerPoints.map((t) => t.id) ?? []) : [])),
      ),
    [focus, compare],
  );
  const tintOf = (structure: string) => tints.get(structure) ?? null;

  return (
    <>
      <group ref={limb} name="limb" scale={[side === 'left' ? -1 : 1, 1, 1]}>
        {parts.map((part) => {
          const { kind, name, structure } = part.info;
          if (kind === 'skin') return <SkinMesh key={name} part={part} points={points} />;
          if (kind === 'attachment' || kind === 'trigger-point') return null;
          const tint = kind === 'muscle' || kind === 'tendon' ? tintOf(structure) : null;
          return <PartMesh key={name} part={part} tint={tint} />;
        })}
        <Suspense fallback={null}>
          <ModelExtras
            attachments={attachments}
            points={points}
            rankTints={tints}
            relevant={relevantPoints}
            invalidate={invalidate}
            limb={limb}
            camera={camera}
            gl={gl}
            controls={controls}
          />
        </Suspense>
      </group>
      <CameraRig bounds={bounds} />
    </>
  );
}
