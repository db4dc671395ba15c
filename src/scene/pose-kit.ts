/**
 * The few three.js classes the on-demand posing code (pose-rig.ts) builds with, handed to it by
 * ThighModel. The posing chunk then imports nothing from three at run time: when it did, the
 * bundler split three into a chunk of its own, which cost about 3 KB gzip on every start-up.
 */
import { Box3, BufferAttribute, InstancedBufferAttribute, Matrix4, Vector3 } from 'three';

export const poseKit = { Box3, BufferAttribute, InstancedBufferAttribute, Matrix4, Vector3 };
export type PoseKit = typeof poseKit;
