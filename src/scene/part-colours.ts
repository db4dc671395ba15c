/**
 * Base colours of the model's parts: bone ivory, muscles red-browns that vary by compartment and
 * depth (so neighbours stand apart), tendon and fascia pale, nerves yellow. Attachments: origins
 * teal, insertions violet (the hover label also says which, so colour is never the only cue).
 */
import type { PartInfo } from './part-info.ts';
import { attachmentColours } from '../look/attachment-colours.ts';

const muscleByCompartment: Record<string, readonly string[]> = {
  gluteal: ['#9a4535', '#8a3b2e', '#a65a45', '#7e3528'],
  'anterior-thigh': ['#b8553f', '#a84a37', '#c0664d', '#983f30'],
  'medial-thigh': ['#a3473f', '#944038', '#b05a4e', '#87372f'],
  'posterior-thigh': ['#a23f36', '#8f362e', '#b3503f', '#7d2f28'],
  'anterior-leg': ['#b25440', '#a04a38', '#bd634c', '#8f4131'],
  'lateral-leg': ['#a8503d', '#984634', '#b65e49', '#86402f'],
  'posterior-leg': ['#9b4a3c', '#8b4135', '#aa5b4a', '#7a392e'],
};

export const partColours = {
  bone: '#e9dfc4',
  tendon: '#eee6d6',
  fascia: '#ddd6c6',
  septum: '#d3ccbd',
  nerve: '#f2cc2f',
  skin: '#d9a98c',
  origin: attachmentColours.origin,
  insertion: attachmentColours.insertion,
  triggerPoint: '#ff2d55',
  muscle: '#a2473a',
} as const;

/** Stable small hash so a muscle keeps its shade between runs. */
function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return Math.abs(h);
}

export function partColour(part: PartInfo): string {
  switch (part.kind) {
    case 'bone':
    case 'landmark':
      return partColours.bone;
    case 'muscle': {
      const shades = muscleByCompartment[part.compartment ?? ''] ?? muscleByCompartment.gluteal!;
      const index = ((part.layer ?? 1) - 1 + hash(part.structure)) % shades.length;
      return shades[index]!;
    }
    case 'tendon':
      return partColours.tendon;
    case 'fascia':
      return partColours.fascia;
    case 'septum':
      return partColours.septum;
    case 'nerve':
      return partColours.nerve;
    case 'skin':
      return partColours.skin;
    case 'attachment':
      return part.role === 'insertion' ? partColours.insertion : partColours.origin;
    case 'trigger-point':
      return partColours.triggerPoint;
  }
}
