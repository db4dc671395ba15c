/**
 * Loads the pose runner (issue 14) the first time a pose is asked for, then runs it on every
 * drawn frame; it is kept (so going back to standing animates too) until the limb unmounts.
 * Until then it costs one store subscription and an almost empty frame callback.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { Group } from 'three';
import { useExplorer } from '../state/store.ts';
import { poseKit } from './pose-kit.ts';
import type { PoseRunner } from './pose-runner.ts';

export function usePoseRunner(limb: RefObject<Group | null>): void {
  const wanted = useExplorer((s) => s.pose !== null);
  const invalidate = useThree((s) => s.invalidate);
  const state = useRef<{ loading?: Promise<void>; runner?: PoseRunner }>({});

  useEffect(() => {
    if (wanted) invalidate();
  }, [wanted, invalidate]);
  useEffect(() => {
    const s = state.current;
    return () => s.runner?.dispose();
  }, []);

  useFrame(() => {
    const s = state.current;
    const group = limb.current;
    if (!s.loading && group && useExplorer.getState().pose)
      s.loading = import('./pose-runner.ts').then((m) => {
        s.runner = m.createPoseRunner(group, poseKit, invalidate);
      });
    s.runner?.frame();
  });
}
