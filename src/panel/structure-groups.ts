/** Every structure of the knowledge base grouped by region, for the screen-reader-friendly structure list. */
import type { StructureId } from '../anatomy/ids.ts';
import { kb } from '../anatomy/index.ts';
import type { Compartment } from '../anatomy/types.ts';

export interface StructureGroup {
  label: string;
  /** Each with both names: the list shows the one the person chose. */
  items: readonly { id: StructureId; name: string; latin: string }[];
}

const compartments: readonly [Compartment, string][] = [
  ['gluteal', 'Muscles of the buttock and hip'],
  ['anterior-thigh', 'Muscles of the front of the thigh'],
  ['medial-thigh', 'Muscles of the inner thigh'],
  ['posterior-thigh', 'Muscles of the back of the thigh'],
  ['anterior-leg', 'Leg: muscles of the front of the shin'],
  ['lateral-leg', 'Leg: muscles of the outer side of the shin'],
  ['posterior-leg', 'Leg: muscles of the back of the knee and calf'],
];

export function structureGroups(): StructureGroup[] {
  const byName = <T extends { id: StructureId; name: string; latin: string }>(xs: readonly T[]) =>
    xs.map(({ id, name, latin }) => ({ id, name, latin }));
  const groups: StructureGroup[] = [
    ...compartments.map(([compartment, label]) => ({
      label,
      items: byName(
        [...kb.muscles].filter((m) => m.compartment === compartment).sort((a, b) => a.layer - b.layer),
      ),
    })),
    { label: 'Fascia, septa and tendons', items: byName(kb.connectiveTissues) },
    { label: 'Nerves', items: byName(kb.nerves) },
    { label: 'Bones', items: byName(kb.bones) },
    { label: 'Bony landmarks', items: byName(kb.landmarks) },
    { label: 'Skin', items: byName([kb.skin]) },
  ];
  return groups.filter((g) => g.items.length > 0);
}
