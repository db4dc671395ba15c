/**
 * What the scene knows about each model part, read from the glTF node's name and `extras`
 * (three's `userData`): see `PartExtras` in the generator's types.
 */
import { partKinds } from '../anatomy/ids.ts';
import type { PartKind } from '../anatomy/ids.ts';

export type { PartKind };

export interface PartInfo {
  /** Node name (identifier of the part: `femur`, `semitendinosus-origin`, `soleus-trigger-point-1`). */
  name: string;
  kind: PartKind;
  /** The structure the part belongs to (the muscle of an attachment or trigger point). */
  structure: string;
  layer?: number;
  compartment?: string;
  role?: string;
}

/** Reads a part from a node name and its userData; undefined for untagged nodes. */
export function partInfoFrom(name: string, userData: Record<string, unknown>): PartInfo | undefined {
  const kind = userData.kind;
  if (typeof kind !== 'string' || !(partKinds as readonly string[]).includes(kind)) return undefined;
  const structure = typeof userData.structure === 'string' ? userData.structure : name;
  const info: PartInfo = { name, kind: kind as PartKind, structure };
  if (typeof userData.layer === 'number') info.layer = userData.layer;
  if (typeof userData.compartment === 'string') info.compartment = userData.compartment;
  if (userData.role !== undefined) info.role = String(userData.role);
  return info;
}

export { layerOf } from './part-layer.ts';
