/**
 * The skin: one opaque mesh carrying the referral-chart shader (skin-material.ts). It paints the
 * focused muscle's map (and a compared one), the X over each of their trigger points, and what
 * the person marked. A click toggles the pain sites under it; with the Draw or Erase tool on, a drag
 * paints the pain drawing instead (SkinDrawing). Unpickable only when x-ray ghosts it with nothing
 * marked.
 */
import { lazy, memo, Suspense, useCallback, useLayoutEffect, useMemo, useState } from 'react';
import { useThree, type ThreeEvent } from '@react-three/fiber';
import type { Mesh, Vector3 } from 'three';
import { useExplorer } from '../state/store.ts';
import type { PainSiteId } from '../anatomy/ids.ts';
import type * as SkinInput from './skin-input.ts';
import { muscleById, painSiteById } from '../anatomy/index.ts';
import { unionMasks } from '../anatomy/surface-grid.ts';
import { siteMask } from '../anatomy/zone-coverage.ts';
import type { ModelPart } from './model-parts.ts';
import { isPartGhosted, isPartVisible } from './visibility.ts';
import { partColours } from './part-colours.ts';
import { createSkinMaterial, setCrosses, setSkinMaps, setSkinOpacity } from './skin-material.ts';
import { mapGrid, mapTextureData, surfaceTexture } from './referral-texture.ts';
import { painTextureData } from './pain-texture.ts';
import { painGrid } from '../anatomy/surface-grid.ts';
import { crossesFor } from './skin-crosses.ts';
import { makePickable } from './picking.ts';
import { hideHoverLabel, showHoverLabel } from './hover-label-anchor.ts';
import { registerPart } from './scene-registry.ts';
import { firstFrame } from './first-frame.ts';
import { useComparedMuscle, useFocusedMuscle } from '../state/focus.ts';
import { useSkinDrawing } from './use-skin-drawing.ts';

// The markers come with the extras after the first frame (start-up budget); the painted maps and
// the outlines, drawn by the skin's own shader, are there from the first frame.
const PainMarkers = lazy(() =>
  firstFrame.then(() => import('./ModelExtras.tsx')).then((m) => ({ default: m.PainMarkers })),
);

export interface SkinMeshProps {
  part: ModelPart;
  /** The trigger-point anchors of the model (their X marks go on the skin above them). */
  points: readonly ModelPart[];
}

/** Reading the skin under the pointer arrives with the extras, after the first frame. */
let input: typeof SkinInput | null = null;
const inputLoaded: Promise<typeof SkinInput | null> = firstFrame
  .then(() => import('./ModelExtras.tsx'))
  .then(
    (m) => (input = m),
    () => null,
  );

export const SkinMesh = memo(function SkinMesh({ part, points }: SkinMeshProps) {
  const { info, geometry, matrix } = part;
  const visible = useExplorer((s) => isPartVisible(info, s));
  const ghosted = useExplorer((s) => isPartGhosted(info, s));
  const chosen = useExplorer((s) => s.painSites);
  const drawing = useExplorer((s) => s.drawing);
  const drawTool = useExplorer((s) => s.drawTool);
  const focus = useFocusedMuscle();
  const compare = useComparedMuscle();
  const invalidate = useThree((s) => s.invalidate);
  const material = useMemo(() => createSkinMaterial(partColours.skin), []);
  /** Where each chosen site was clicked, in the skin's local frame. */
  const [clicks, setClicks] = useState<ReadonlyMap<PainSiteId, Vector3>>(new Map());

  const zones = useMemo(() => {
    const zonesOf = (id: string | null) =>
      id ? (muscleById(id)?.triggerPoints.map((tp) => tp.zone) ?? null) : null;
    return surfaceTexture(mapTextureData(zonesOf(focus), zonesOf(compare)), mapGrid);
  }, [focus, compare]);
  // The chosen sites' regions, from the same cached site masks the ranking uses.
  const sitesMask = useMemo(
    () => (chosen.length ? unionMasks(chosen.flatMap((id) => painSiteById(id) ?? []).map(siteMask)) : null),
    [chosen],
  );
  const pain = useMemo(
    () => surfaceTexture(painTextureData(drawing, sitesMask), painGrid),
    [drawing, sitesMask],
  );
  const crosses = useMemo(() => crossesFor(points, focus, compare), [points, focus, compare]);
  const hasMarks = chosen.length > 0 || drawing !== null;
  const stroke = useSkinDrawing(pain, drawing, invalidate);

  useLayoutEffect(() => () => material.dispose(), [material]);
  useLayoutEffect(() => () => zones.dispose(), [zones]);
  useLayoutEffect(() => () => pain.dispose(), [pain]);
  useLayoutEffect(() => {
    setSkinMaps(material, { zones, pain, focus: focus !== null, compare: compare !== null });
    setCrosses(material, crosses);
    // Opaque, skin-toned, like a chart: the map reads on the body, not through it. X-ray ghosts it.
    if (ghosted) setSkinOpacity(material, 0.1, hasMarks || focus ? 0.6 : 0.1);
    else setSkinOpacity(material, 1, 1);
    invalidate();
  }, [material, zones, pain, focus, compare, crosses, ghosted, hasMarks, invalidate]);

  const ref = useCallback(
    (mesh: Mesh | null) => {
      if (mesh) makePickable(mesh);
      registerPart(info.name, mesh);
    },
    [info.name],
  );

  if (!geometry) return null;

  const hover = (e: ThreeEvent<PointerEvent>) => {
    if (!input) return;
    const { text, sites } = input.skinHover(e);
    showHoverLabel(text, e.point, sites.join(' '));
  };
  const onMove = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation();
    if (drawTool !== 'none' && input) stroke.move(input.coordinateAt(e));
    hover(e);
  };
  const onDown = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation();
    // Touch and pen have no hover: a press names the place at once.
    hover(e);
    if (drawTool !== 'none' && input) stroke.start(input.coordinateAt(e));
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
    if (drawTool !== 'none' || e.delta > 2) return;
    if (input) return answer(input, e);
    // Clicked before the reading code arrived: answer once it has (what it reads, kept now).
    const hit = { object: e.object, face: e.face, point: e.point.clone() } as ThreeEvent<MouseEvent>;
    void inputLoaded.then((reader) => reader && answer(reader, hit));
  };

  return (
    <mesh
      ref={ref}
      name={info.name}
      userData={{ ...info, unpickable: ghosted && !hasMarks }}
      geometry={geometry}
      material={material}
      matrix={matrix}
      matrixAutoUpdate={false}
      visible={visible}
      renderOrder={ghosted ? 5 : 0}
      onPointerMove={onMove}
      onPointerDown={onDown}
      onPointerOut={onOut}
      onClick={onClick}
    >
      <Suspense fallback={null}>
        <PainMarkers geometry={geometry} chosen={chosen} clicks={clicks} />
      </Suspense>
    </mesh>
  );
});
