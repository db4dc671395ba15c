/**
 * The skin: one mesh carrying the referral shader. A click reads the body-surface coordinate at
 * the hit (skin-input.ts), toggles the pain sites under it and marks the spot. Translucent while
 * pain sites are chosen (trigger points and candidate muscles show through) yet still clickable;
 * unpickable only when x-ray ghosts it with no sites chosen.
 */
import { lazy, memo, Suspense, useCallback, useLayoutEffect, useMemo, useState } from 'react';
import { useThree, type ThreeEvent } from '@react-three/fiber';
import type { Mesh, Vector3 } from 'three';
import { useExplorer } from '../state/store.ts';
import type { PainSiteId } from '../anatomy/ids.ts';
import type * as SkinInput from './skin-input.ts';
import type { SurfacePatch } from '../anatomy/types.ts';
import { painSites } from '../anatomy/pain-sites.ts';
import type { ModelPart } from './model-parts.ts';
import type { PaintedPatch } from './referral-patches.ts';
import { isPartGhosted, isPartVisible } from './visibility.ts';
import { partColours } from './part-colours.ts';
import { createSkinMaterial, setPaintedPatches, setSitePatches, setSkinOpacity } from './skin-material.ts';
import { makePickable } from './picking.ts';
import { hideHoverLabel, showHoverLabel } from './hover-label-anchor.ts';
import { registerPart } from './scene-registry.ts';
import { firstFrame } from './first-frame.ts';

// The markers come with the extras after the first frame (start-up budget); the painted zones and
// the sites' outlines, drawn by the skin's own shader, are there from the first frame.
const PainMarkers = lazy(() =>
  firstFrame.then(() => import('./ModelExtras.tsx')).then((m) => ({ default: m.PainMarkers })),
);

export interface SkinMeshProps {
  part: ModelPart;
  /** Referral zones to paint, best rank first. */
  painted: readonly PaintedPatch[];
}

/** Reading the skin under the pointer arrives with the extras, after the first frame. */
let input: typeof SkinInput | null = null;
const inputLoaded: Promise<typeof SkinInput | null> = firstFrame
  .then(() => import('./ModelExtras.tsx'))
  .then(
    (m) => (input = m),
    () => null,
  );

export const SkinMesh = memo(function SkinMesh({ part, painted }: SkinMeshProps) {
  const { info, geometry, matrix } = part;
  const visible = useExplorer((s) => isPartVisible(info, s));
  const ghosted = useExplorer((s) => isPartGhosted(info, s));
  const hasSites = useExplorer((s) => s.painSites.length > 0);
  const chosen = useExplorer((s) => s.painSites);
  const invalidate = useThree((s) => s.invalidate);
  const material = useMemo(() => createSkinMaterial(partColours.skin), []);
  /** Where each chosen site was clicked, in the skin's local frame. */
  const [clicks, setClicks] = useState<ReadonlyMap<PainSiteId, Vector3>>(new Map());

  useLayoutEffect(() => () => material.dispose(), [material]);
  useLayoutEffect(() => {
    setPaintedPatches(material, painted);
    const sitePatches: SurfacePatch[] = chosen.flatMap(
      (id) => painSites.find((s) => s.id === id)?.patches ?? [],
    );
    setSitePatches(material, sitePatches);
    if (ghosted) setSkinOpacity(material, 0.1, hasSites ? 0.55 : 0.1);
    else if (hasSites) setSkinOpacity(material, 0.42, 0.88);
    else setSkinOpacity(material, 1, 1);
    invalidate();
  }, [material, painted, chosen, ghosted, hasSites, invalidate]);

  const ref = useCallback(
    (mesh: Mesh | null) => {
      if (mesh) makePickable(mesh);
      registerPart(info.name, mesh);
    },
    [info.name],
  );

  if (!geometry) return null;

  const onMove = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation();
    if (input) showHoverLabel(input.skinHoverText(e), e.point);
  };
  const onOut = () => hideHoverLabel();
  const answer = (reader: typeof SkinInput, e: ThreeEvent<MouseEvent>) => {
    const store = useExplorer.getState();
    const toggled = reader.skinSitesToToggle(e, store.painSites);
    if (toggled.length === 0) return;
    for (const site of toggled) store.togglePainSite(site);
    const spot = (e.object as Mesh).worldToLocal(e.point.clone());
    setClicks((previous) => {
      const next = new Map(previous);
      for (const site of toggled) {
        if (useExplorer.getState().painSites.includes(site)) next.set(site, spot);
        else next.delete(site);
      }
      return next;
    });
  };
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    if (e.delta > 2) return;
    if (input) return answer(input, e);
    // Clicked before the reading code arrived: answer once it has (what it reads, kept now).
    const hit = { object: e.object, face: e.face, point: e.point.clone() } as ThreeEvent<MouseEvent>;
    void inputLoaded.then((reader) => reader && answer(reader, hit));
  };

  return (
    <mesh
      ref={ref}
      name={info.name}
      userData={{ ...info, unpickable: ghosted && !hasSites }}
      geometry={geometry}
      material={material}
      matrix={matrix}
      matrixAutoUpdate={false}
      visible={visible}
      renderOrder={hasSites || ghosted ? 5 : 0}
      onPointerMove={onMove}
      onPointerOut={onOut}
      onClick={onClick}
    >
      <Suspense fallback={null}>
        <PainMarkers geometry={geometry} chosen={chosen} clicks={clicks} />
      </Suspense>
    </mesh>
  );
});
