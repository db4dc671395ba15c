/**
 * What a pointer on the skin means: the body-surface coordinate under it (barycentric
 * interpolation of `_surface`), the pain sites there and the label to show. Loaded with the extras
 * after the first frame (SkinMesh reaches it through ModelExtras): nobody points before then.
 */
import { Triangle, Vector3, type BufferAttribute, type Mesh } from 'three';
import type { ThreeEvent } from '@react-three/fiber';
import type { PainSiteId } from '../anatomy/ids.ts';
import { painSites } from '../anatomy/pain-sites.ts';
import { painSitesAt, sitesToToggle } from '../anatomy/pain-site-at.ts';
import { surfaceAtHit } from './surface-at-hit.ts';

const a = new Vector3();
const b = new Vector3();
const c = new Vector3();
const local = new Vector3();
const bary = new Vector3();
const triangle = new Triangle();

/** The surface coordinate under an event on the skin, or undefined when it cannot be read. */
export function coordinateAt(
  e: ThreeEvent<MouseEvent | PointerEvent>,
): { y: number; angle: number } | undefined {
  const mesh = e.object as Mesh;
  const surface = mesh.geometry.getAttribute('_surface') as BufferAttribute | undefined;
  const position = mesh.geometry.getAttribute('position') as BufferAttribute | undefined;
  if (!surface || !position || !e.face) return undefined;
  a.fromBufferAttribute(position, e.face.a);
  b.fromBufferAttribute(position, e.face.b);
  c.fromBufferAttribute(position, e.face.c);
  mesh.worldToLocal(local.copy(e.point));
  triangle.set(a, b, c).getBarycoord(local, bary);
  return surfaceAtHit(surface, e.face, bary);
}

function sitesUnder(e: ThreeEvent<MouseEvent | PointerEvent>): PainSiteId[] {
  const coord = coordinateAt(e);
  return coord ? painSitesAt(coord) : [];
}

/** The hover label for a point of the skin ("Back of the knee") and the sites it names. */
export function skinHover(e: ThreeEvent<PointerEvent>): { text: string; sites: PainSiteId[] } {
  const sites = sitesUnder(e);
  const text = sites.length
    ? sites.map((id) => painSites.find((s) => s.id === id)?.label ?? id).join(' · ')
    : 'Skin';
  return { text, sites };
}

/** The pain sites a click on the skin turns on or off, given those chosen now. */
export function skinSitesToToggle(e: ThreeEvent<MouseEvent>, chosen: readonly PainSiteId[]): PainSiteId[] {
  const under = sitesUnder(e);
  return under.length ? sitesToToggle(chosen, under) : [];
}
