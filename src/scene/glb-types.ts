/** The parts of the glTF 2.0 JSON schema that glb-reader.ts reads (all optional as in a damaged file). */
export interface Accessor {
  bufferView?: number;
  byteOffset?: number;
  componentType: number;
  normalized?: boolean;
  count: number;
  type: string;
  sparse?: unknown;
}

export interface BufferView {
  buffer: number;
  byteOffset?: number;
  byteLength: number;
  byteStride?: number;
  extensions?: {
    EXT_meshopt_compression?: {
      buffer: number;
      byteOffset?: number;
      byteLength: number;
      byteStride: number;
      count: number;
      mode: 'ATTRIBUTES' | 'TRIANGLES' | 'INDICES';
      filter?: 'NONE' | 'OCTAHEDRAL' | 'QUATERNION' | 'EXPONENTIAL';
    };
  };
}

export interface Primitive {
  attributes: Record<string, number>;
  indices?: number;
  mode?: number;
  targets?: unknown;
}

export interface Mesh {
  name?: string;
  primitives: Primitive[];
}

export interface Node {
  name?: string;
  mesh?: number;
  children?: number[];
  matrix?: number[];
  translation?: number[];
  rotation?: number[];
  scale?: number[];
  extras?: Record<string, unknown>;
}

export interface Root {
  asset?: { version?: string };
  extensionsRequired?: string[];
  buffers?: { byteLength: number; uri?: string }[];
  bufferViews?: BufferView[];
  accessors?: Accessor[];
  meshes?: Mesh[];
  nodes?: Node[];
  scenes?: { name?: string; nodes?: number[] }[];
  scene?: number;
}
