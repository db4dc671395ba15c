/**
 * Marks each chosen pain site on the skin: where it was clicked, or (for sites that came from the
 * URL or the panel) at the skin vertex nearest the middle of the site's first patch.
 */
import { memo, useMemo } from 'react';
import { SphereGeometry, Vector3, type BufferAttribute, type BufferGeometry } from 'three';
import type { PainSiteId } from '../anatomy/ids.ts';
import { painSites } from '../anatomy/pain-sites.ts';
import { arcLength, normaliseAngle } from '../anatomy/surface.ts';
import { nearestSurfaceVertex } from './surface-at-hit.ts';

export interface PainMarkersProps {
  /** The skin geometry (markers live in its local frame). */
  geometry: BufferGeometry;
  chosen: readonly PainSiteId[];
  clicks: ReadonlyMap<PainSiteId, Vector3>;
}

const marker = new SphereGeometry(0.009, 16, 12);

function siteCentre(geometry: BufferGeometry, site: PainSiteId): Vector3 | undefined {
  const patch = painSites.find((s) => s.id === site)?.patches[0];
  const surface = geometry.getAttribute('_surface') as BufferAttribute | undefined;
  const position = geometry.getAttribute('position') as BufferAttribute | undefined;
  if (!patch || !surface || !position) return undefined;
  const angle = normaliseAngle(patch.angle[0] + arcLength(patch.angle[0], patch.angle[1]) / 2);
  const index = nearestSurfaceVertex(surface, { y: (patch.y[0] + patch.y[1]) / 2, angle });
  return index < 0 ? undefined : new Vector3().fromBufferAttribute(position, index);
}

export const PainMarkers = memo(function PainMarkers({ geometry, chosen, clicks }: PainMarkersProps) {
  const spots = useMemo(
    () =>
      chosen
        .map((site) => ({ site, at: clicks.get(site) ?? siteCentre(geometry, site) }))
        .filter((s): s is { site: PainSiteId; at: Vector3 } => s.at !== undefined),
    [chosen, clicks, geometry],
  );
  return (
    <>
      {spots.map(({ site, at }) => (
        <mesh
          key={site}
          name={`pain-marker-${site}`}
          geometry={marker}
          position={at}
          renderOrder={30}
          raycast={() => null}
        >
          <meshBasicMaterial color="#1d1240" />
        </mesh>
      ))}
    </>
  );
});
