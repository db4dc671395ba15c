/**
 * Camera moves that follow the panel, loaded after the first frame (ModelExtras): a focused
 * candidate frames its muscle, attachments, trigger points and referral zones; "Show on model"
 * looks at that one trigger point from the skin side nearest it. Both go through the rig
 * (camera-requests.ts), which eases them or jumps under prefers-reduced-motion.
 */
import { useEffect } from 'react';
import { Box3, Vector3 } from 'three';
import { useExplorer } from '../state/store.ts';
import { limbAxisAt } from '../anatomy/surface.ts';
import { framePose, pointPose } from './camera-framing.ts';
import { requestPose } from './camera-requests.ts';
import { focusBounds } from './focus-bounds.ts';
import { sceneItem } from './scene-registry.ts';

/** How much around a shown trigger point stays in view (radius, m). */
const pointSurroundings = 0.12;

export function CameraFocus() {
  const focused = useExplorer((s) => s.focusedCandidate);
  const shown = useExplorer((s) => s.shownTriggerPoint);

  useEffect(() => {
    // A shown trigger point focuses its muscle too; the point's own framing (below) wins.
    if (!focused || useExplorer.getState().shownTriggerPoint) return;
    const box = focusBounds(focused);
    if (box) requestPose((v) => framePose(box, v.position, v.target, v.fov, v.aspect));
  }, [focused]);

  useEffect(() => {
    const item = shown ? sceneItem(shown) : undefined;
    if (!item) return;
    const point = item.box(new Box3()).getCenter(new Vector3()).toArray();
    const axis = limbAxisAt(point[1]);
    // The world is the model frame mirrored in x for the left limb.
    if (useExplorer.getState().side === 'left') axis.x = -axis.x;
    requestPose((v) => pointPose(point, axis, v.position, v.target, v.fov, v.aspect, pointSurroundings));
  }, [shown]);

  return null;
}
