/**
 * The referral maps as texture data over the body-surface coordinate, for the skin shader: red and
 * green channels hold the focused muscle's essential and spillover zones, blue and alpha the
 * compared muscle's. Each texel holds how much of it the zone covers (outline-coverage.ts), at
 * about 0.35° by 1.6 mm, so the shader's filtered 0.5 cut draws the edge where the outline runs. The data is pure (testable in
 * Node); `mapTexture` wraps it for three.
 */
import { DataTexture, LinearFilter, RepeatWrapping, ClampToEdgeWrapping, RGBAFormat } from 'three';
import { painGrid, type SurfaceGrid } from '../anatomy/surface-grid.ts';
import { outlineCoverage } from './outline-coverage.ts';
import type { ReferralZone } from '../anatomy/types.ts';

export const mapGrid: SurfaceGrid = { cols: 1024, rows: 768, yMin: painGrid.yMin, yMax: painGrid.yMax };

/** The zones of one muscle's map (all its trigger points). */
export type MapZones = readonly ReferralZone[];

function writeChannels(data: Uint8Array, zones: MapZones, essentialChannel: number): void {
  const essential = outlineCoverage(
    zones.flatMap((z) => z.essential),
    mapGrid,
  );
  const spillover = outlineCoverage(
    zones.flatMap((z) => z.spillover),
    mapGrid,
  );
  for (let i = 0; i < essential.length; i++) {
    data[i * 4 + essentialChannel] = essential[i]!;
    data[i * 4 + essentialChannel + 1] = spillover[i]!;
  }
}

/** RGBA texels, row 0 at the bottom (`yMin`), column 0 at angle 0. */
export function mapTextureData(focus: MapZones | null, compare: MapZones | null): Uint8Array {
  const data = new Uint8Array(mapGrid.cols * mapGrid.rows * 4);
  if (focus) writeChannels(data, focus, 0);
  if (compare) writeChannels(data, compare, 2);
  return data;
}

/** A texture over a surface grid: wraps round the limb, clamps at the top and bottom. */
export function surfaceTexture(data: Uint8Array, grid: SurfaceGrid): DataTexture {
  const texture = new DataTexture(data, grid.cols, grid.rows, RGBAFormat);
  texture.wrapS = RepeatWrapping;
  texture.wrapT = ClampToEdgeWrapping;
  texture.magFilter = LinearFilter;
  texture.minFilter = LinearFilter;
  texture.generateMipmaps = false;
  texture.needsUpdate = true;
  return texture;
}
