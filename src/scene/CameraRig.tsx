/**
 * Orbit controls plus the camera moves the app asks for: the four standard views (from the
 * store's `view`, mirrored with `side`) and the poses asked for through camera-requests.ts
 * (a double-clicked structure, the focused candidate, a shown trigger point: see CameraFocus). Moves are eased over 0.6 s and jump at once under prefers-reduced-motion.
 * Frames are requested with invalidate() only while a move runs, so an idle scene draws nothing.
 */
import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { PerspectiveCamera, TOUCH, Vector3, type Box3 } from 'three';
import type { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { useExplorer } from '../state/store.ts';
import {
  THIGH_MARGIN,
  easeInOut,
  thighRegion,
  viewPose,
  type Bounds,
  type CameraPose,
} from './camera-framing.ts';
import { onPoseRequest } from './camera-requests.ts';
import { firstFrame } from './first-frame.ts';

export interface CameraRigProps {
  /** Model-frame bounds of the right limb (mirrored here for the left). */
  bounds: Box3;
}

interface Move {
  fromPosition: Vector3;
  fromTarget: Vector3;
  toPosition: Vector3;
  toTarget: Vector3;
  start: number;
  duration: number;
}

const prefersReducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

function mirrored(b: Box3, side: 'left' | 'right'): Bounds {
  const min = b.min.toArray();
  const max = b.max.toArray();
  return side === 'left' ? { min: [-max[0], min[1], min[2]], max: [-min[0], max[1], max[2]] } : { min, max };
}

export function CameraRig({ bounds }: CameraRigProps) {
  const camera = useThree((s) => s.camera);
  const get = useThree((s) => s.get);
  const invalidate = useThree((s) => s.invalidate);
  const canvas = useThree((s) => s.gl.domElement);
  const setDefault = useThree((s) => s.set);
  const controls = useRef<OrbitControls | null>(null);
  // The orbit target while the controls are not there yet (they load after the first frame) and
  // across their re-creation (new camera or canvas), so the view never jumps.
  const keptTarget = useRef(new Vector3());
  const move = useRef<Move | null>(null);
  const view = useExplorer((s) => s.view);
  const wholeLimb = useExplorer((s) => s.wholeLimb);
  const viewResets = useExplorer((s) => s.viewResets);
  const side = useExplorer((s) => s.side);
  const drawTool = useExplorer((s) => s.drawTool);
  const placed = useRef(false);

  const fov = camera instanceof PerspectiveCamera ? camera.fov : 35;
  // Read when a move starts (not a render dependency: resizing must not re-run the moves).
  const aspect = () => get().size.width / Math.max(get().size.height, 1);

  const goTo = useRef((pose: CameraPose, animate: boolean) => {
    const c = controls.current;
    const target = c ? c.target : keptTarget.current;
    const to = { position: new Vector3(...pose.position), target: new Vector3(...pose.target) };
    if (!animate || prefersReducedMotion()) {
      move.current = null;
      camera.position.copy(to.position);
      target.copy(to.target);
      camera.lookAt(to.target);
      c?.update();
      // As when the controls arrive: lookAt refreshed the world matrix before turning, so a click
      // before the next frame would be aimed half-turned (the quiz's jump to a footprint).
      camera.updateMatrixWorld();
    } else {
      move.current = {
        fromPosition: camera.position.clone(),
        fromTarget: target.clone(),
        toPosition: to.position,
        toTarget: to.target,
        start: performance.now(),
        duration: 600,
      };
    }
    invalidate();
  });

  // three's own orbit controls (no helper library), one per camera and canvas. Fetched after the
  // first frame: nobody can drag a model that is not drawn yet, and the start-up budget is tight.
  useEffect(() => {
    const kept = keptTarget.current;
    let orbit: OrbitControls | null = null;
    let cancelled = false;
    // A person taking over cancels a move in progress; their drags draw on demand.
    const onStart = () => {
      move.current = null;
    };
    const onChange = () => invalidate();
    void firstFrame
      .then(() => import('three/examples/jsm/controls/OrbitControls.js'))
      .then(({ OrbitControls: Controls }) => {
        if (cancelled) return;
        orbit = new Controls(camera, canvas);
        orbit.enableDamping = false;
        orbit.minDistance = 0.08;
        orbit.maxDistance = 6;
        // The wheel and pinch zoom toward what is under the pointer, not the middle of the screen.
        orbit.zoomToCursor = true;
        orbit.target.copy(kept);
        drawOrOrbit(orbit, useExplorer.getState().drawTool === 'none');
        orbit.update();
        // The constructor turned the camera to the origin and update() turned it back, but three's
        // lookAt refreshes the world matrix before it turns: left so, clicks would be aimed from
        // the half-turned camera until the next frame. Bring it up to date and draw.
        camera.updateMatrixWorld();
        invalidate();
        orbit.addEventListener('start', onStart);
        orbit.addEventListener('change', onChange);
        controls.current = orbit;
        setDefault({ controls: orbit });
      });
    return () => {
      cancelled = true;
      if (!orbit) return;
      orbit.removeEventListener('start', onStart);
      orbit.removeEventListener('change', onChange);
      kept.copy(orbit.target);
      orbit.dispose();
      controls.current = null;
      setDefault({ controls: null });
    };
  }, [camera, canvas, invalidate, setDefault]);

  // With the Draw or Erase tool on, a drag on the skin paints: it must not also turn the limb. The
  // wheel and pinch still zoom, and the view buttons still turn it.
  useEffect(() => {
    if (controls.current) drawOrOrbit(controls.current, drawTool === 'none');
  }, [drawTool]);

  // Standard views: placed at once the first time, eased afterwards. They frame the thigh (iliac
  // crest to below the knee) unless the whole limb is asked for. Pressing the
  // active view button again (viewResets) eases back to it.
  useEffect(() => {
    const limb = mirrored(bounds, side);
    const pose = wholeLimb
      ? viewPose(view, side, limb, fov, aspect())
      : viewPose(view, side, thighRegion(limb), fov, aspect(), THIGH_MARGIN);
    goTo.current(pose, placed.current);
    placed.current = true;
  }, [view, side, bounds, fov, wholeLimb, viewResets]); // eslint-disable-line react-hooks/exhaustive-deps -- aspect is read, not watched

  // Requests: double-click framing, the focused candidate, "show on model" (CameraFocus).
  useEffect(
    () =>
      onPoseRequest((make) => {
        const target = controls.current?.target ?? keptTarget.current;
        goTo.current(
          make({ position: camera.position.toArray(), target: target.toArray(), fov, aspect: aspect() }),
          true,
        );
      }),
    [camera, fov], // eslint-disable-line react-hooks/exhaustive-deps -- aspect is read, not watched
  );

  useFrame(() => {
    const m = move.current;
    if (!m) return;
    const t = Math.min(1, (performance.now() - m.start) / m.duration);
    const k = easeInOut(t);
    camera.position.lerpVectors(m.fromPosition, m.toPosition, k);
    const c = controls.current;
    (c ? c.target : keptTarget.current).lerpVectors(m.fromTarget, m.toTarget, k);
    if (c) c.update();
    else camera.lookAt(keptTarget.current);
    if (t < 1) invalidate();
    else move.current = null;
  });

  return null;
}

/**
 * On touch, one finger scrolls the page (on a phone the model sits above the panel, and a swipe on
 * it used to turn the camera into the pelvis) and two fingers turn and zoom the limb; with Draw or
 * Erase on, one finger paints, so the browser must not take the swipe. A mouse is unaffected.
 */
function drawOrOrbit(orbit: OrbitControls, orbiting: boolean): void {
  orbit.enableRotate = orbiting;
  orbit.enablePan = orbiting;
  orbit.touches = { ONE: null, TWO: TOUCH.DOLLY_ROTATE };
  orbit.domElement!.style.touchAction = orbiting ? 'pan-y' : 'none';
}
