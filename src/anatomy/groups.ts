/**
 * Named groups of muscles that people search for and learn together ("hamstrings", "quads"). A
 * group is selectable like a structure (`?select=hamstrings`): the scene lights all its members and
 * the panel lists them. Membership follows the standard anatomy texts; where texts differ, the
 * note says which reading is used. Group ids never collide with structure ids (a test checks).
 */
import type { MuscleId } from './ids.ts';
import type { SourceId } from './sources.ts';

export const groupIds = [
  'hamstrings',
  'quadriceps',
  'adductors',
  'gluteals',
  'deep-hip-rotators',
  'triceps-surae',
] as const;
export type GroupId = (typeof groupIds)[number];

export interface MuscleGroup {
  id: GroupId;
  name: string;
  /** Terminologia Anatomica / Latin name of the group, where TA names one. */
  latin: string;
  /** What people type for the group as a whole. */
  layNames: readonly string[];
  /** One or two sentences for the group's card. */
  description: string;
  members: readonly MuscleId[];
  sources: readonly SourceId[];
}

export const muscleGroups: readonly MuscleGroup[] = [
  {
    id: 'hamstrings',
    name: 'Hamstrings',
    latin: 'Musculi ischiocrurales',
    layNames: ['hamstrings', 'hammies', 'hamstring muscles', 'back of the thigh muscles'],
    description:
      'The muscles of the back of the thigh that run from the sit bone to the leg, bending the knee and extending the hip. The short head of biceps femoris starts on the femur and crosses only the knee; it is listed here because it shares the long head’s tendon.',
    members: ['semitendinosus', 'semimembranosus', 'biceps-femoris-long-head', 'biceps-femoris-short-head'],
    sources: ['gray-anatomy', 'terminologia-anatomica'],
  },
  {
    id: 'quadriceps',
    name: 'Quadriceps femoris',
    latin: 'Musculus quadriceps femoris',
    layNames: ['quads', 'quadriceps', 'quad muscles', 'front of the thigh muscles'],
    description:
      'Four heads that join in one tendon over the kneecap to the tibial tuberosity: they straighten the knee, and rectus femoris also bends the hip.',
    members: ['rectus-femoris', 'vastus-lateralis', 'vastus-intermedius', 'vastus-medialis'],
    sources: ['gray-anatomy', 'terminologia-anatomica'],
  },
  {
    id: 'adductors',
    name: 'Adductors',
    latin: 'Musculi adductores',
    layNames: ['adductors', 'adductor group', 'groin muscles', 'inner thigh muscles'],
    description:
      'The muscles of the inner thigh that draw the thigh toward the midline, from the pubis and ischium to the femur (gracilis to the tibia). Obturator externus, also in the inner compartment, is listed with the deep hip rotators.',
    members: ['pectineus', 'adductor-longus', 'adductor-brevis', 'adductor-magnus', 'gracilis'],
    sources: ['gray-anatomy'],
  },
  {
    id: 'gluteals',
    name: 'Gluteal muscles',
    latin: 'Musculi glutei',
    layNames: ['glutes', 'gluteals', 'buttock muscles', 'bum muscles'],
    description:
      'The three gluteal muscles of the buttock, largest and most superficial first: they extend, abduct and turn the hip and steady the pelvis on one leg.',
    members: ['gluteus-maximus', 'gluteus-medius', 'gluteus-minimus'],
    sources: ['gray-anatomy', 'terminologia-anatomica'],
  },
  {
    id: 'deep-hip-rotators',
    name: 'Deep hip rotators',
    latin: 'Musculi rotatores laterales profundi coxae',
    layNames: ['deep six', 'deep rotators', 'short external rotators', 'lateral rotators of the hip'],
    description:
      'Six short muscles under gluteus maximus that turn the thigh outward and hold the head of the femur in its socket.',
    members: [
      'piriformis',
      'gemellus-superior',
      'obturator-internus',
      'gemellus-inferior',
      'quadratus-femoris',
      'obturator-externus',
    ],
    sources: ['gray-anatomy'],
  },
  {
    id: 'triceps-surae',
    name: 'Triceps surae (calf)',
    latin: 'Musculus triceps surae',
    layNames: ['calf muscles', 'calves', 'calf group'],
    description:
      'The two heads of gastrocnemius and soleus, which join in the Achilles (calcaneal) tendon to the heel and point the foot.',
    members: ['gastrocnemius-medial-head', 'gastrocnemius-lateral-head', 'soleus'],
    sources: ['gray-anatomy', 'terminologia-anatomica'],
  },
];

const byId = new Map<string, MuscleGroup>(muscleGroups.map((g) => [g.id, g]));

export function isGroupId(s: unknown): s is GroupId {
  return typeof s === 'string' && byId.has(s);
}

export function groupById(id: string): MuscleGroup | undefined {
  return byId.get(id);
}

/** Whether `structure` is one of the group's members (false when no group is given). */
export function isGroupMember(group: string | null | undefined, structure: string): boolean {
  if (!group) return false;
  return (byId.get(group)?.members as readonly string[] | undefined)?.includes(structure) ?? false;
}

/** The groups a muscle belongs to (a muscle may be in none, or in more than one). */
export function groupsOf(muscle: string): MuscleGroup[] {
  return muscleGroups.filter((g) => (g.members as readonly string[]).includes(muscle));
}
