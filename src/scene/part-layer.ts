/**
 * The layer switch of each kind of part. Apart from part-info.ts so that code loaded after the
 * first frame can reach it without a run-time import of anatomy/ids.ts (which made the bundler
 * split React's runtime out of the entry chunk: ~0.6 KB more gzip at start-up).
 */
import type { LayerId, PartKind } from '../anatomy/ids.ts';

/** The layer switch that shows or hides a kind of part. */
export function layerOf(kind: PartKind): LayerId | undefined {
  switch (kind) {
    case 'skin':
      return 'skin';
    case 'fascia':
    case 'septum':
      return 'fascia';
    case 'muscle':
    case 'tendon':
      return 'muscles';
    case 'bone':
      return 'bones';
    case 'nerve':
      return 'nerves';
    case 'attachment':
      return 'attachments';
    case 'trigger-point':
      return 'trigger-points';
    case 'landmark':
      return undefined;
  }
}
