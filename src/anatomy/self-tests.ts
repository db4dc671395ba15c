/**
 * Self-tests a person can do alone (SPEC "Self-tests"), carried over from the seeds with the
 * clinical caveats of reference/referral-patterns.md ("Notes on the seeds' self-tests").
 *
 * Weights (0..1) say how strongly a result points to a muscle:
 * - pressing a spot that brings on the familiar pain is Travell & Simons' strongest criterion,
 *   so palpation tests carry the highest weights (about 0.6-0.8);
 * - movements, stretches and resisted contractions load several muscles at once (about 0.3-0.5);
 * - muscles a test also loads, but does not single out, get small weights (about 0.1-0.25).
 * `negative` lists the muscles a negative result makes a little less likely. Its weights are
 * positive numbers (how much to lower), always smaller than the same muscle's positive weight:
 * a test that does not hurt is weaker evidence than one that does.
 */
import type { MuscleId } from './ids.ts';
import type { Implication, SelfTest } from './types.ts';

const hamstrings = [
  'semitendinosus',
  'semimembranosus',
  'biceps-femoris-long-head',
  'biceps-femoris-short-head',
] as const satisfies readonly MuscleId[];
const medialHamstrings = ['semitendinosus', 'semimembranosus'] as const satisfies readonly MuscleId[];
const bicepsFemoris = [
  'biceps-femoris-long-head',
  'biceps-femoris-short-head',
] as const satisfies readonly MuscleId[];
const gastrocnemius = [
  'gastrocnemius-medial-head',
  'gastrocnemius-lateral-head',
] as const satisfies readonly MuscleId[];

/** The same weight and reason for several muscles. */
function each(structures: readonly MuscleId[], weight: number, reason: string): Implication[] {
  return structures.map((structure) => ({ structure, weight, reason }));
}

/** Said on every test: what the tool is not, and when to stop. */
const generalCaution =
  'Stop if it causes sharp or worsening pain. A result is a clue to talk over with a clinician, not a diagnosis.';

const tests: readonly SelfTest[] = [
  {
    id: 'knee-curl',
    name: 'Knee curl through the middle of the range',
    kind: 'movement',
    steps: [
      'Stand tall holding a chair back or a wall for balance, weight on the other leg.',
      'Keep your thighs side by side and slowly bend the painful knee, bringing your heel up behind you toward your buttock.',
      'Notice where in the movement it hurts: right at the start (the first few degrees of bending), or through the middle of the curl.',
      'Lower slowly. Repeat five times. If standing is too painful, lie face down and do the same curl.',
    ],
    positiveFeels:
      'Your familiar pain, or a tight pull in the back of the thigh, comes on through the middle of the curl rather than right at the start.',
    positive: [
      ...each(
        hamstrings,
        0.4,
        'Pain through the middle of a knee curl points to the hamstrings, the main knee benders',
      ),
    ],
    negative: [...each(hamstrings, 0.15, 'A pain-free knee curl makes the hamstrings a little less likely')],
    painSites: [
      'posterior-thigh-proximal',
      'posterior-thigh-middle',
      'posterior-thigh-distal',
      'popliteal-fossa',
      'posterolateral-knee',
      'posteromedial-knee',
      'ischial-tuberosity',
    ],
    cautions: [
      'Go slowly: a cramp in the back of the thigh when the knee is fully bent is common and is covered by the heel-to-buttock test.',
    ],
    notes: [
      {
        kind: 'seed-view',
        text:
          'One chiropractor finds the hamstrings need treating less often than the buttock and calf muscles: ' +
          'when the glutes and calves are tired, the hamstrings are overworked and get "pulled".',
        sources: ['seed:000'],
      },
    ],
    sources: ['seed:000'],
  },
  {
    id: 'straight-leg-hip-extension',
    name: 'Straight leg moved back behind you',
    kind: 'movement',
    steps: [
      'Stand holding a chair back or a wall, weight on the other leg.',
      'Keep the painful leg straight at the knee and move the whole leg backward behind you, squeezing your buttock.',
      'Do not arch your lower back to get the leg further back; a small movement is enough.',
      'Then try it again with the knee bent a little, as in a knee curl, and compare.',
    ],
    positiveFeels:
      'Your familiar pain in the buttock or the top of the back of the thigh comes on as the straight leg moves back.',
    positive: [
      {
        structure: 'gluteus-maximus',
        weight: 0.45,
        reason:
          'Pain when a straight leg moves back behind you points to gluteus maximus, the big buttock muscle',
      },
      ...each(
        ['semitendinosus', 'semimembranosus', 'biceps-femoris-long-head'],
        0.15,
        'The hamstrings also help move the leg back, so this test does not leave them out entirely',
      ),
    ],
    negative: [
      {
        structure: 'gluteus-maximus',
        weight: 0.15,
        reason: 'No pain moving a straight leg back makes gluteus maximus a little less likely',
      },
    ],
    painSites: ['buttock', 'sacroiliac', 'ischial-tuberosity', 'posterior-thigh-proximal'],
    cautions: ['If moving the leg back brings on low back pain, stop and do not force it.'],
    notes: [
      {
        kind: 'seed-view',
        text: 'With the leg straight the buttock muscle does most of the work; add a knee bend and the hamstrings join in.',
        sources: ['seed:000'],
      },
    ],
    sources: ['seed:000'],
  },
  {
    id: 'knee-bend-foot-flexed',
    name: 'First bit of knee bending with the toes pulled up',
    kind: 'movement',
    steps: [
      'Stand holding a chair back or a wall, weight on the other leg, the painful leg straight.',
      'Pull the toes and foot of the painful leg up toward your shin and keep them there.',
      'Start to bend the knee: only the first few degrees, lifting the heel a little behind you.',
      'Then do a full knee curl and compare where the pain comes: right at the start, or later in the middle of the curl.',
    ],
    positiveFeels:
      'Your familiar pain behind the knee or at the top of the calf comes on right at the start of bending, with the toes pulled up.',
    positive: [
      ...each(
        gastrocnemius,
        0.45,
        'Pain at the very start of knee bending, with the foot pulled up, points to the calf muscle (gastrocnemius)',
      ),
      {
        structure: 'plantaris',
        weight: 0.15,
        reason: 'Plantaris, a small muscle next to the outer calf head, works in the same movement',
      },
      {
        structure: 'popliteus',
        weight: 0.15,
        reason: 'Popliteus, deep behind the knee, "unlocks" the straight knee at the start of bending',
      },
    ],
    negative: [
      ...each(
        gastrocnemius,
        0.15,
        'No pain at the start of knee bending makes the calf muscle a little less likely',
      ),
    ],
    painSites: [
      'popliteal-fossa',
      'posteromedial-knee',
      'posterolateral-knee',
      'calf-proximal',
      'calf-middle',
      'posterior-thigh-distal',
    ],
    cautions: [
      'If the calf or the back of the knee is swollen, warm or red, do not test it: see the warning signs.',
    ],
    notes: [
      {
        kind: 'seed-view',
        text:
          'The start of knee bending is more calf, the middle of the curl more hamstring, and the calf works harder ' +
          'when the foot is pulled up (dorsiflexed).',
        sources: ['seed:000'],
      },
      {
        kind: 'disagreement',
        text:
          'The transcript says "dorsiflexed" but in the same breath describes the toes pointing down. We follow the anatomical term ' +
          '(toes pulled up toward the shin): it stretches the calf muscle over the ankle, which is what makes it work harder at the knee.',
        sources: ['seed:000', 'gray-anatomy'],
      },
      {
        kind: 'reference-view',
        text: 'Popliteus unlocks the fully straightened knee as bending begins, so it also works in this first part of the movement.',
        sources: ['gray-anatomy'],
      },
    ],
    sources: ['seed:000', 'gray-anatomy'],
  },
  {
    id: 'tiptoe-push-off',
    name: 'Push-off onto tiptoe, knee straight and then bent',
    kind: 'movement',
    steps: [
      'Stand facing a wall with your fingertips on it for balance, weight on the painful leg.',
      'With the knee straight, rise up onto your toes and lower slowly, ten times.',
      'Now bend the knee a little (a soft bend, as if starting to sit) and rise onto your toes ten times, keeping the bend.',
      'Compare: which version brings on your pain, and where?',
    ],
    positiveFeels:
      'Your familiar pain in the calf, the heel or the Achilles tendon comes on as you push up, especially with the knee bent.',
    positive: [
      {
        structure: 'soleus',
        weight: 0.4,
        reason:
          'Pain when pushing off onto your toes points to soleus, the deep calf muscle, especially if it is worse with the knee bent',
      },
      ...each(
        gastrocnemius,
        0.25,
        'With a straight knee, rising on tiptoe works the gastrocnemius at least as hard as the soleus, so it is not ruled out',
      ),
      {
        structure: 'plantaris',
        weight: 0.1,
        reason: 'Plantaris helps point the foot too, though only a little',
      },
    ],
    negative: [
      {
        structure: 'soleus',
        weight: 0.15,
        reason: 'Pain-free tiptoe raises make soleus a little less likely',
      },
      ...each(gastrocnemius, 0.1, 'Pain-free tiptoe raises make the calf muscle a little less likely'),
    ],
    painSites: ['calf-proximal', 'calf-middle', 'heel', 'popliteal-fossa'],
    cautions: [
      'If you felt a sudden snap or kick at the back of the ankle or calf, or cannot rise on tiptoe at all, do not test: see the warning signs.',
    ],
    notes: [
      {
        kind: 'seed-view',
        text: 'One chiropractor links soleus with tiptoe work: pushing off on the toes to drive forward.',
        sources: ['seed:000'],
      },
      {
        kind: 'reference-view',
        text:
          'Gastrocnemius crosses the knee and soleus does not: with the knee straight both lift the heel, and gastrocnemius may ' +
          'do the larger share; bending the knee slackens gastrocnemius and leaves more of the work to soleus.',
        sources: ['gray-anatomy', 'referral-summaries'],
      },
    ],
    sources: ['seed:000', 'gray-anatomy', 'referral-summaries'],
  },
  {
    id: 'sit-bone-press',
    name: 'Press on the sit bone while moving the leg',
    kind: 'palpation',
    steps: [
      'Stand, or sit leaning onto the other buttock, so the painful side is free.',
      'Find your sit bone: the hard knob deep in the lower buttock, just above the buttock crease, that you sit on.',
      'Press firmly with your fingertips on and just below it, then move around it to find the most tender spot.',
      'Keep pressing and gently bend and straighten the knee a few times, as in the knee curl. Compare with the other side.',
    ],
    positiveFeels:
      'A tender spot on or just below the sit bone that brings on your familiar pain; holding it while you move the leg may ease the pain.',
    positive: [
      ...each(
        ['semitendinosus', 'semimembranosus', 'biceps-femoris-long-head'],
        0.6,
        'A tender spot at the sit bone that brings on your pain points to the start of the hamstrings, which all begin there',
      ),
      {
        structure: 'adductor-magnus',
        weight: 0.2,
        reason: 'Part of adductor magnus, an inner-thigh muscle, also starts on the sit bone',
      },
      {
        structure: 'gluteus-maximus',
        weight: 0.25,
        reason:
          'If the tender spot is just above the sit bone rather than on or below it, that fits the most common trigger point of gluteus maximus',
      },
    ],
    negative: [
      ...each(
        ['semitendinosus', 'semimembranosus', 'biceps-femoris-long-head'],
        0.2,
        'No tenderness at the sit bone makes the start of the hamstrings a little less likely',
      ),
    ],
    painSites: ['ischial-tuberosity', 'buttock', 'posterior-thigh-proximal'],
    cautions: [
      'The sit bone is a little tender to firm pressure in most people: compare with the other side.',
      'Sharp pain high in the back of the thigh that started with a pop during a sprint or a slip, with bruising, can be a hamstring tendon torn off the sit bone: see the warning signs.',
    ],
    notes: [
      {
        kind: 'seed-view',
        text: 'The hamstrings start on the sit bone; press there and move the leg, and if that eases the discomfort, work the spot.',
        sources: ['seed:000'],
      },
      {
        kind: 'reference-view',
        text: "Gluteus maximus' most common trigger point (TrP2) lies just above the sit bone.",
        sources: ['travell-simons', 'referral-summaries'],
      },
    ],
    sources: ['seed:000', 'travell-simons', 'referral-summaries', 'gray-anatomy'],
  },
  {
    id: 'hamstring-belly-palpation',
    name: 'Feel along the hamstrings for tender spots',
    kind: 'palpation',
    steps: [
      'Sit on the edge of a firm chair with the knee a little bent, or lie on your side, so the back of the thigh is relaxed.',
      'Starting just below the sit bone, press your fingertips into the back of the thigh and work down toward the knee.',
      'Do the inner half and the outer half separately: the inner hamstrings run to the inside of the knee, the outer one (biceps femoris) to the outside.',
      'When you find a tender, firm spot, hold steady pressure for 10 to 30 seconds and notice where you feel it.',
    ],
    positiveFeels:
      'A tender, firm spot in the back of the thigh that, when pressed, brings on your familiar pain, sometimes felt away from the spot itself.',
    positive: [
      ...each(
        ['biceps-femoris-long-head', 'biceps-femoris-short-head'],
        0.7,
        'A spot on the outer back of the thigh that brings on your pain, often felt behind the knee, points to biceps femoris, the outer hamstring',
      ),
      ...each(
        medialHamstrings,
        0.7,
        'A spot on the inner back of the thigh that brings on your pain, often felt up at the buttock crease, points to the inner hamstrings',
      ),
    ],
    negative: [
      ...each(hamstrings, 0.25, 'No tender spots along the hamstrings make them a little less likely'),
    ],
    painSites: [
      'posterior-thigh-proximal',
      'posterior-thigh-middle',
      'posterior-thigh-distal',
      'popliteal-fossa',
      'posterolateral-knee',
      'posteromedial-knee',
      'ischial-tuberosity',
    ],
    cautions: [
      'Do not press hard on a spot that is bruised or swollen, or that hurts sharply after a sudden pop: see the warning signs.',
    ],
    notes: [
      {
        kind: 'seed-view',
        text: 'Run a hand along the back of the thigh, find the sore spots in the hamstring bellies and hold pressure on them.',
        sources: ['seed:000'],
      },
      {
        kind: 'reference-view',
        text:
          'Inner-hamstring trigger points send pain upward, to the buttock crease and the top of the back of the thigh; ' +
          'biceps femoris points send it to the back of the knee, weighted to the outer side.',
        sources: ['travell-simons', 'referral-summaries'],
      },
    ],
    sources: ['seed:000', 'travell-simons', 'referral-summaries'],
  },
  {
    id: 'calf-origin-palpation',
    name: 'Press just above the knee crease, inner and outer',
    kind: 'palpation',
    steps: [
      'Sit with the knee bent to about a right angle and the foot resting on the floor, so the calf is relaxed.',
      'Find the crease at the back of the knee and the two cord-like tendons at its edges, inner and outer.',
      'Press with your fingertips just above the crease, on the inner side and then on the outer side, just inside those cords.',
      'If a spot is tender, rub it gently for a few seconds and then repeat the movement that hurts.',
    ],
    positiveFeels:
      'A tender spot just above the knee crease, inner or outer, that brings on your familiar pain; rubbing it for a moment makes the movement feel better.',
    positive: [
      {
        structure: 'gastrocnemius-medial-head',
        weight: 0.6,
        reason:
          'A tender spot just above the inner side of the knee crease that brings on your pain points to the inner head of the calf muscle, where it starts on the thigh bone',
      },
      {
        structure: 'gastrocnemius-lateral-head',
        weight: 0.6,
        reason:
          'A tender spot just above the outer side of the knee crease that brings on your pain points to the outer head of the calf muscle',
      },
      {
        structure: 'plantaris',
        weight: 0.2,
        reason: 'On the outer side, the small plantaris muscle lies right next to the outer calf head',
      },
      ...each(
        hamstrings,
        0.15,
        'The same spots also press on the lower hamstring tendons, so the hamstrings are not ruled out',
      ),
    ],
    negative: [
      ...each(
        gastrocnemius,
        0.2,
        'No tender spots above the knee crease make the calf muscle a little less likely',
      ),
    ],
    painSites: [
      'popliteal-fossa',
      'posteromedial-knee',
      'posterolateral-knee',
      'posterior-thigh-distal',
      'calf-proximal',
      'calf-middle',
    ],
    cautions: [
      'Press beside the middle of the back of the knee, not into it: an artery and a nerve run down the centre.',
      'If the back of the knee or the calf is swollen, warm or red, or you feel a lump, do not press or rub it: see the warning signs.',
    ],
    notes: [
      {
        kind: 'seed-view',
        text:
          'The calf muscles start on the thigh bone, so their trigger points sit just above the knee crease, inner and outer; ' +
          'if rubbing them makes things feel better, the calf is the likelier problem. The chiropractor who describes this finds calf problems more common than hamstring ones in athletes.',
        sources: ['seed:000'],
      },
      {
        kind: 'caution',
        text: 'The same spots also press the lower hamstring tendons, so a tender spot here does not single out the calf.',
        sources: ['referral-summaries', 'gray-anatomy'],
      },
    ],
    sources: ['seed:000', 'referral-summaries', 'gray-anatomy'],
  },
  {
    id: 'straight-leg-raise',
    name: 'Straight-leg raise (lying hamstring stretch)',
    kind: 'stretch',
    steps: [
      'Lie on your back with both legs straight. Loop a strap or towel around the sole of the painful foot if you like.',
      'Keeping the knee straight, slowly raise the leg and draw it back toward your chest, using your hands or the strap.',
      'Stop at the first firm pull and hold for a few breaths. Notice where you feel it.',
      'Lower slowly and compare with the other leg.',
    ],
    positiveFeels:
      'Your familiar pain, or a strong pull, comes on in the back of the thigh or behind the knee as the straight leg rises.',
    positive: [
      ...each(
        ['semitendinosus', 'semimembranosus', 'biceps-femoris-long-head'],
        0.4,
        'Pain in the back of the thigh in a straight-leg raise points to the hamstrings, which this position stretches',
      ),
      {
        structure: 'biceps-femoris-short-head',
        weight: 0.15,
        reason:
          'The short head of biceps femoris crosses only the knee, so raising the leg stretches it less',
      },
    ],
    negative: [
      ...each(
        ['semitendinosus', 'semimembranosus', 'biceps-femoris-long-head'],
        0.15,
        'A comfortable straight-leg raise makes the hamstrings a little less likely',
      ),
    ],
    painSites: [
      'posterior-thigh-proximal',
      'posterior-thigh-middle',
      'posterior-thigh-distal',
      'popliteal-fossa',
      'posterolateral-knee',
      'posteromedial-knee',
      'ischial-tuberosity',
    ],
    cautions: [
      'Tingling, burning, electric or shooting pain down the leg, or pain made worse by pulling the toes up or tucking your chin, suggests a nerve rather than a muscle: stop.',
      'If that comes with numbness or weakness, see the warning signs.',
    ],
    notes: [
      {
        kind: 'seed-view',
        text: "One neuromuscular therapist uses this stretch to bring on the hamstrings' own pattern before showing that the cramping comes from the hip.",
        sources: ['seed:001'],
      },
      {
        kind: 'reference-view',
        text: 'Clinicians use the same raise to test for an irritated sciatic nerve or nerve root: nerve pain shoots and tingles, muscle pain pulls and aches.',
        sources: ['clinical-guidance'],
      },
      {
        kind: 'seed-view',
        text: 'One physiotherapist describes "tight hamstrings" that are partly tight nerves: the back of the thigh is where problems of the lower spine, the pelvis or the sciatic nerve often show up.',
        sources: ['seed:003'],
      },
    ],
    sources: ['seed:001', 'seed:003', 'clinical-guidance'],
  },
  {
    id: 'straight-leg-raise-toe-out',
    name: 'Straight-leg raise, toes turned outward',
    kind: 'stretch',
    steps: [
      'Lie on your back. Wrap a strap around the outside of the painful ankle and hold both ends.',
      'Use the strap to turn the toes outward, then, keeping the knee straight, raise the leg.',
      'Draw the foot gently toward the opposite shoulder, across your body, and stop at the first firm stretch.',
      'Notice whether you feel it behind the knee, especially on the outer side.',
    ],
    positiveFeels: 'Your familiar pain comes on behind the knee, toward the outer side.',
    positive: [
      {
        structure: 'biceps-femoris-long-head',
        weight: 0.45,
        reason:
          'Pain behind the knee in a straight-leg raise with the toes turned outward points to the outer hamstring (biceps femoris), whose pattern sits at the back of the knee',
      },
      {
        structure: 'biceps-femoris-short-head',
        weight: 0.35,
        reason: "The short head of biceps femoris shares the outer hamstring's pain pattern behind the knee",
      },
      ...each(
        ['gastrocnemius-lateral-head', 'plantaris'],
        0.15,
        'A strap around the foot also stretches the outer calf head and plantaris, which refer pain behind the knee too',
      ),
    ],
    negative: [
      ...each(
        bicepsFemoris,
        0.15,
        'No pain behind the knee in this stretch makes the outer hamstring a little less likely',
      ),
    ],
    painSites: [
      'posterolateral-knee',
      'popliteal-fossa',
      'posterior-thigh-distal',
      'posterior-thigh-middle',
      'calf-proximal',
    ],
    cautions: [
      'Pulling the leg across the body also stretches the sciatic nerve and its outer branch (the common fibular nerve). Tingling, burning or shooting pain comes from a nerve rather than the muscle: stop.',
    ],
    notes: [
      {
        kind: 'seed-view',
        text:
          'Turning the toe out and pulling toward the opposite shoulder focuses the stretch on the outer hamstring and brings on its pattern behind the knee; ' +
          'pressing the same trigger points with a foam roller or ball does the same.',
        sources: ['seed:001'],
      },
      {
        kind: 'disagreement',
        text:
          'The reference notes warn that biceps femoris is not tested on its own here: turning the foot outward actually eases biceps a little, a strap round the foot ' +
          'also stretches the outer calf head and plantaris, and pulling across the body puts tension on the sciatic nerve and its outer branch. A positive fits the outer-hamstring pattern but does not prove it.',
        sources: ['referral-summaries', 'gray-anatomy'],
      },
    ],
    sources: ['seed:001', 'referral-summaries', 'gray-anatomy'],
  },
  {
    id: 'heel-to-buttock',
    name: 'Heel-to-buttock (standing thigh stretch) cramp',
    kind: 'movement',
    steps: [
      'Stand holding a chair back or a wall with one hand.',
      'Bend the painful knee and bring the heel up toward your buttock, holding the ankle with your other hand if you can.',
      'Hold for a few breaths. Notice whether the back of the thigh seizes or cramps.',
    ],
    positiveFeels: 'The back of the thigh cramps or seizes painfully as the heel comes up to the buttock.',
    positive: [
      {
        structure: 'gluteus-minimus',
        weight: 0.3,
        reason:
          'A "seizing hamstring" in this position is often pain sent from gluteus minimus, on the side of the hip; the tennis-ball test checks it more directly',
      },
      ...each(
        hamstrings,
        0.25,
        'The hamstrings themselves often cramp when the knee is bent right up, because they are contracting at their shortest',
      ),
    ],
    negative: [
      {
        structure: 'gluteus-minimus',
        weight: 0.1,
        reason: 'No cramp in this position makes gluteus minimus slightly less likely',
      },
      ...each(hamstrings, 0.05, 'No cramp in this position makes a hamstring problem slightly less likely'),
    ],
    painSites: [
      'posterior-thigh-proximal',
      'posterior-thigh-middle',
      'posterior-thigh-distal',
      'buttock',
      'calf-proximal',
      'calf-middle',
    ],
    cautions: ['If a cramp starts, lower the foot and straighten the knee gently; do not force the stretch.'],
    notes: [
      {
        kind: 'seed-view',
        text:
          'A back of the thigh that cramps when the heel is brought to the hip, keeps seizing despite stretching, cramps when driving with the leg stretched out ' +
          'or after long sitting, is a pattern sent from gluteus minimus, not the hamstring itself.',
        sources: ['seed:001'],
      },
      {
        kind: 'disagreement',
        text:
          'The reference notes: bending the knee right up is also when the hamstrings themselves tend to cramp, so this makes gluteus minimus more likely without settling it. ' +
          'Pressing the gluteus minimus with a tennis ball and bringing on the pain is the stronger sign.',
        sources: ['referral-summaries', 'travell-simons'],
      },
      {
        kind: 'seed-view',
        text:
          'Things that rock the hips side to side or keep the hip bent make it worse: cycling, leaning on a stair climber, hiking uphill on rough ground; ' +
          'the pain often flares a day or two later.',
        sources: ['seed:001'],
      },
    ],
    sources: ['seed:001', 'referral-summaries', 'travell-simons'],
  },
  {
    id: 'tennis-ball-gluteus-minimus',
    name: 'Tennis ball on the side of the hip (gluteus minimus)',
    kind: 'palpation',
    steps: [
      'Find the bony point on the side of your hip (the greater trochanter) and the bony point at the front of your pelvis, below your waistband (the front hip bone).',
      'Front position (as one neuromuscular therapist teaches it): put a tennis ball on the floor and lie on it, turned onto your side, so the ball presses into the side of the hip between those two points, a hand-width below the top of the hip bone. Most people start too far back: move the ball forward.',
      "Back position (Travell & Simons' posterior part): lie on your back with the ball under the upper outer buttock, a little above a line from the top of the bony point of the hip to the base of the spine.",
      'Let your weight sink onto the ball slowly and roll a little to find the most tender spot. Hold 20 to 60 seconds and notice where you feel the pain.',
    ],
    positiveFeels:
      'Pressure on the ball brings on your familiar pain away from the ball: down the back or side of the thigh, behind or beside the knee, or into the calf.',
    positive: [
      {
        structure: 'gluteus-minimus',
        weight: 0.8,
        reason:
          'Pressure on the side of the hip that brings on your pain down the thigh or calf is the strongest sign that gluteus minimus is sending it there',
      },
      {
        structure: 'gluteus-medius',
        weight: 0.25,
        reason:
          'The ball also presses gluteus medius, which lies over gluteus minimus; its pain usually stays in the buttock and low back',
      },
      {
        structure: 'tensor-fasciae-latae',
        weight: 0.15,
        reason:
          'In the front position the ball may press tensor fasciae latae, which sends pain down the outer thigh',
      },
      {
        structure: 'piriformis',
        weight: 0.15,
        reason:
          'In the back position the ball lies along the upper edge of piriformis, which can also send pain down the back of the thigh',
      },
    ],
    negative: [
      {
        structure: 'gluteus-minimus',
        weight: 0.25,
        reason: 'No familiar pain from either ball position makes gluteus minimus less likely',
      },
    ],
    painSites: [
      'buttock',
      'lateral-hip',
      'lateral-thigh',
      'posterior-thigh-proximal',
      'posterior-thigh-middle',
      'posterior-thigh-distal',
      'lateral-knee',
      'calf-proximal',
      'calf-middle',
      'lateral-leg',
      'popliteal-fossa',
    ],
    cautions: [
      'Keep the ball on muscle, not on the bony point of the hip.',
      'If the ball gives an electric, tingling feeling down the leg, it is on a nerve: move it.',
      'Start gently: these points can be very tender, and soreness may flare a day or two later.',
    ],
    notes: [
      {
        kind: 'seed-view',
        text: 'One neuromuscular therapist puts the ball forward on the side of the hip, further forward than most people guess, lying partly on the side, and reads the pain down the back of the thigh as gluteus minimus.',
        sources: ['seed:001'],
      },
      {
        kind: 'reference-view',
        text:
          'Travell & Simons describe two parts: the front part (under tensor fasciae latae and the front of gluteus medius) sends pain to the outer buttock, outer thigh and knee and down the outer leg; ' +
          'the back part (deep under the buttock muscles, along the upper edge of piriformis) sends it to the back of the thigh and calf.',
        sources: ['travell-simons', 'referral-summaries'],
      },
      {
        kind: 'disagreement',
        text: 'The neuromuscular therapist\'s back-of-thigh "seizing hamstring" matches the reference map of the back part, while the ball position the therapist uses matches the front part. Try both positions.',
        sources: ['seed:001', 'travell-simons', 'referral-summaries'],
      },
      {
        kind: 'reference-view',
        text: 'Gluteus minimus pain down the leg is often mistaken for a trapped nerve in the low back ("pseudo-sciatica").',
        sources: ['referral-summaries'],
      },
    ],
    sources: ['seed:001', 'travell-simons', 'referral-summaries'],
  },
  {
    id: 'resisted-knee-flexion',
    name: 'Bend the knee against resistance',
    kind: 'resisted',
    steps: [
      'Sit on a chair with the painful knee a little bent and the heel on the floor in front of a heavy chair leg or table leg (or crossed behind the other ankle).',
      'Without moving, try to pull the heel back toward you against the resistance, at about half effort, for five seconds.',
      'Relax. Then press gently on the top of the calf, just below the knee crease, for tenderness.',
    ],
    positiveFeels:
      'Pushing against the resistance brings on your familiar pain behind the knee, and the top of the calf is sore to touch.',
    positive: [
      ...each(
        gastrocnemius,
        0.5,
        'Pain behind the knee when you try to bend it against resistance, with a tender top of the calf, points to the top of the calf muscle near where it attaches',
      ),
      ...each(
        hamstrings,
        0.25,
        'The hamstrings are the main knee benders, so their tendons either side of the back of the knee can hurt in this test too',
      ),
      {
        structure: 'popliteus',
        weight: 0.15,
        reason:
          'Popliteus, deep behind the knee, helps bend the knee and refers pain to the back of the knee',
      },
      {
        structure: 'plantaris',
        weight: 0.1,
        reason: 'Plantaris is a weak knee bender that lies right behind the knee',
      },
    ],
    negative: [
      ...each(
        gastrocnemius,
        0.2,
        'No pain bending against resistance makes a strain at the top of the calf less likely',
      ),
      ...each(
        hamstrings,
        0.1,
        'No pain bending against resistance makes a hamstring tendon problem a little less likely',
      ),
    ],
    painSites: [
      'popliteal-fossa',
      'posteromedial-knee',
      'posterolateral-knee',
      'calf-proximal',
      'posterior-thigh-distal',
    ],
    cautions: [
      'Half effort is enough: an all-out push on a strained muscle can make it worse.',
      'A calf or back of the knee that is swollen, warm or red needs checking before any testing: see the warning signs.',
    ],
    notes: [
      {
        kind: 'seed-view',
        text:
          'A strain at the top of the calf gives gradual pain behind the knee, a top of the calf that is sore to touch, and pain when bending the knee against resistance. ' +
          'It tends to happen when the knee is straight and the ankle bent up (the calf at full stretch) and a forceful push-off follows.',
        sources: ['seed:002'],
      },
      {
        kind: 'seed-view',
        text: 'Hamstring strains come from the muscle being stretched too far while working, in sprinting, jumping and kicking, and often leave a long-standing tight, pulling feeling.',
        sources: ['seed:002'],
      },
    ],
    sources: ['seed:002', 'travell-simons', 'gray-anatomy'],
  },
  {
    id: 'toe-touch',
    name: 'Toe touch (whole-thigh tightness check)',
    kind: 'stretch',
    steps: [
      'Stand with your feet together and knees straight but not locked.',
      'Let your head and arms hang and bend forward slowly, reaching toward your toes. Do not bounce.',
      'Note how far you reach and where you feel the pull.',
      'Later, after working the front, outer and inner thigh (see the circumferential-thigh routine), try again and compare.',
    ],
    positiveFeels:
      'The back of the thigh feels tight and stops you well short, and stretching the hamstrings alone has not changed it; it improves after the front, outer and inner thigh are loosened.',
    positive: [
      ...each(
        ['vastus-lateralis', 'vastus-intermedius', 'rectus-femoris', 'vastus-medialis'],
        0.25,
        'Stubborn tightness at the back of the thigh can come from the thigh muscles at the front, whose fascia wraps round to the back of the thigh bone (the septa), squeezing the hamstrings',
      ),
      ...each(
        ['adductor-magnus', 'adductor-longus', 'adductor-brevis'],
        0.2,
        "The inner-thigh muscles make up much of the thigh's girth and share fascial walls (septa) with the hamstrings",
      ),
      ...each(hamstrings, 0.25, 'A poor toe touch is also the classic sign of tight hamstrings'),
    ],
    negative: [
      ...each(hamstrings, 0.1, 'An easy toe touch makes tight hamstrings a little less likely'),
      ...each(
        ['vastus-lateralis', 'adductor-magnus'],
        0.05,
        'An easy toe touch makes whole-thigh fascial tightness a little less likely',
      ),
    ],
    painSites: [
      'posterior-thigh-proximal',
      'posterior-thigh-middle',
      'posterior-thigh-distal',
      'popliteal-fossa',
    ],
    cautions: [
      'If bending forward brings on back pain, or pain, tingling or numbness down the leg, stop: that points to the back or a nerve.',
    ],
    notes: [
      {
        kind: 'seed-view',
        text:
          'One physiotherapist explains that the fascia of the quadriceps wraps around them and tucks into the back of the thigh bone at the linea aspera, and the quadriceps and adductors make up ' +
          "about three-quarters of the thigh's girth, so their stiffness may compress the hamstrings and the sciatic nerve. Freeing the front, outer and inner thigh and the " +
          'intermuscular septa improved his own toe touch and running more than work on the hamstrings alone.',
        sources: ['seed:003'],
      },
      {
        kind: 'reference-view',
        text: "Measured thigh muscle volume supports quadriceps plus adductors at roughly three-quarters of the thigh's muscle; no source measures their share of the circumference itself.",
        sources: ['anatomy-figures'],
      },
    ],
    sources: ['seed:003', 'anatomy-figures'],
  },
  {
    id: 'single-leg-squat',
    name: 'Single-leg squat (buttock and hamstring teamwork)',
    kind: 'movement',
    steps: [
      'Stand on the painful leg in front of a mirror, the other foot just off the floor, a chair or wall within reach.',
      'Squat slowly to a comfortable depth, a quarter to a half of the way down, and back up. Do five.',
      'Watch the knee (does it wobble or cave inward?), the pelvis (does it drop or shift sideways?) and how quickly the leg takes the weight.',
      'Repeat on the other leg and compare.',
    ],
    positiveFeels:
      'On the painful side the knee wobbles or caves in, the pelvis drops or shifts, the leg is slow to take the load, or the back of the thigh tightens up.',
    positive: [
      {
        structure: 'gluteus-maximus',
        weight: 0.3,
        reason:
          'A wobbly knee or hip while loading one leg suggests the buttock muscles and hamstrings are not sharing the load',
      },
      {
        structure: 'gluteus-medius',
        weight: 0.3,
        reason:
          'A pelvis that drops or shifts sideways on one leg points to the side-hip muscles that keep it level',
      },
      {
        structure: 'gluteus-minimus',
        weight: 0.15,
        reason: 'Gluteus minimus also helps keep the hips level on one leg',
      },
      ...each(
        ['semitendinosus', 'semimembranosus', 'biceps-femoris-long-head'],
        0.2,
        'The hamstrings steady the knee as the leg takes the load; if they are working out of step with the buttock muscles they tighten up',
      ),
    ],
    negative: [
      ...each(
        ['gluteus-maximus', 'gluteus-medius'],
        0.1,
        'A steady single-leg squat makes a buttock-muscle imbalance a little less likely',
      ),
    ],
    painSites: [
      'buttock',
      'lateral-hip',
      'low-back',
      'posterior-thigh-proximal',
      'posterior-thigh-middle',
      'posterior-thigh-distal',
      'popliteal-fossa',
    ],
    cautions: ['Keep a hand near support; stop if the knee hurts sharply.'],
    notes: [
      {
        kind: 'seed-view',
        text:
          'A slight knee wobble and a slow loading phase on one side show the buttock muscles and hamstrings are not working as a team; ' +
          'holding the arms in certain positions takes the buttock muscles out of it and puts the quadriceps and hamstrings to work.',
        sources: ['seed:004'],
      },
      {
        kind: 'caution',
        text: 'This checks control and balance, not where pain comes from: it can point to what to train, not to a trigger point.',
        sources: ['seed:004'],
      },
    ],
    sources: ['seed:004'],
  },
  {
    id: 'prone-leg-raise',
    name: 'Face-down leg raise ("dumb butt" check)',
    kind: 'movement',
    steps: [
      'Lie face down on the floor or a firm bed, legs straight, forehead on your hands.',
      'Put one hand on the buttock of the leg you will lift if you can reach.',
      'Tighten the buttock, then lift the straight leg a few centimetres off the floor and hold for five seconds.',
      'Notice what works first: the buttock, the back of the thigh, or the lower back. Repeat on the other leg and compare.',
    ],
    positiveFeels:
      'The buttock barely tightens while the lower back or the back of the thigh does the work (or cramps), or the leg is clearly weaker than the other.',
    positive: [
      {
        structure: 'gluteus-maximus',
        weight: 0.35,
        reason:
          'A buttock that hardly tightens as you lift the leg suggests gluteus maximus is under-working',
      },
      ...each(
        ['semitendinosus', 'semimembranosus', 'biceps-femoris-long-head'],
        0.1,
        "If the back of the thigh takes over or cramps, the hamstrings may be doing the buttock's job",
      ),
    ],
    negative: [
      {
        structure: 'gluteus-maximus',
        weight: 0.1,
        reason:
          'A buttock that tightens well and a strong lift make an under-working gluteus maximus a little less likely',
      },
    ],
    painSites: ['low-back', 'sacroiliac', 'buttock', 'posterior-thigh-proximal'],
    cautions: ['Lift only a few centimetres; arching the lower back to lift higher can aggravate back pain.'],
    notes: [
      {
        kind: 'seed-view',
        text:
          'A running physiotherapist describes a runner with on-and-off back pain who had been told she had "dumb butt" based on lifting her legs lying face down. ' +
          'The physiotherapist calls it a fair test but looks at how the hips behave when running, where hips that sway side to side load the spine.',
        sources: ['seed:004'],
      },
      {
        kind: 'caution',
        text: 'Like the single-leg squat, this checks how the muscles work together rather than where pain comes from.',
        sources: ['seed:004'],
      },
    ],
    sources: ['seed:004'],
  },
  {
    id: 'hard-seat-sitting',
    name: 'Sitting on a hard seat ("sitting on a nail")',
    kind: 'posture',
    steps: [
      'Sit upright on a hard, flat chair or bench for one or two minutes, weight even on both buttocks.',
      'Lean a little onto the painful side, then a little away from it.',
      'Fold a towel and sit with it under the thighs so the area just above the sit bone is off the seat, and compare.',
    ],
    positiveFeels:
      'A sharp, nail-like pain in the buttock near the sit bone on the hard seat, eased by shifting your weight or padding the seat.',
    positive: [
      {
        structure: 'gluteus-maximus',
        weight: 0.4,
        reason:
          'A hard chair that feels as if you are perched on a nail is described with the most common trigger point of gluteus maximus, just above the sit bone',
      },
      ...each(
        ['semitendinosus', 'semimembranosus', 'biceps-femoris-long-head'],
        0.15,
        'Sitting also presses where the hamstrings start on the sit bone',
      ),
      {
        structure: 'piriformis',
        weight: 0.15,
        reason: 'A deep buttock ache that builds the longer you sit also fits piriformis',
      },
      {
        structure: 'gluteus-minimus',
        weight: 0.1,
        reason:
          'Long sitting aggravates gluteus minimus too, though its pain is felt down the back of the thigh or calf rather than at the seat',
      },
    ],
    negative: [
      {
        structure: 'gluteus-maximus',
        weight: 0.15,
        reason:
          'Comfortable sitting on a hard seat makes a gluteus maximus trigger point a little less likely',
      },
    ],
    painSites: ['buttock', 'ischial-tuberosity', 'sacroiliac', 'posterior-thigh-proximal'],
    cautions: [
      'Numbness in the buttocks or between the legs while sitting is not a muscle sign: see the warning signs.',
    ],
    notes: [
      {
        kind: 'reference-view',
        text: 'Travell & Simons: gluteus maximus TrP2, just above the sit bone, sends pain over the whole buttock and lower sacrum, and makes a hard chair feel as if you were perched on a nail.',
        sources: ['travell-simons', 'referral-summaries'],
      },
      {
        kind: 'seed-view',
        text: 'People who sit for long periods may feel gluteus minimus pain at the back of the hip or in the calf.',
        sources: ['seed:001'],
      },
    ],
    sources: ['travell-simons', 'referral-summaries', 'seed:001'],
  },
  {
    id: 'long-sitting-or-driving',
    name: 'Back-of-thigh cramp when driving or after long sitting',
    kind: 'posture',
    steps: [
      'Do not try this while driving: notice it as a passenger, or sit in a chair at home.',
      'Sit for a long stretch the way you usually drive or relax, hips slid forward on the seat and legs stretched out in front of you.',
      'Notice whether the back of the thigh (or the back of the hip, or the calf) tightens, seizes or aches while you sit, or as you stand up afterwards.',
    ],
    positiveFeels:
      'The back of the thigh cramps, seizes or aches when you sit for a long time with your hips slid forward and legs out, as when driving; some people feel it at the back of the hip or in the calf instead.',
    positive: [
      {
        structure: 'gluteus-minimus',
        // As strong as the heel-to-buttock cramp, not stronger: pain with sitting is not specific.
        weight: 0.3,
        reason:
          'A back of the thigh that seizes while driving or after long sitting is, as one neuromuscular therapist explains, pain sent from gluteus minimus: its front fibres steady the pelvis when you sit, and sliding the hips forward for legroom strains them',
      },
      ...each(
        hamstrings,
        0.1,
        'The hamstrings themselves can ache where the seat edge presses under the thigh, and hamstring trigger points make rising from a chair painful',
      ),
    ],
    negative: [
      {
        structure: 'gluteus-minimus',
        weight: 0.1,
        reason: 'No trouble with long sitting or driving makes gluteus minimus slightly less likely',
      },
    ],
    painSites: [
      'posterior-thigh-proximal',
      'posterior-thigh-middle',
      'posterior-thigh-distal',
      'buttock',
      'calf-proximal',
      'calf-middle',
    ],
    cautions: [
      'Numbness in the buttocks or between the legs, or tingling down the leg while sitting, is not a muscle sign: see the warning signs.',
    ],
    notes: [
      {
        kind: 'seed-view',
        text:
          'People who drive with the leg stretched out for legroom slide their hips forward in the seat, which makes the gluteus minimus trigger point more active and the "hamstring" cramp worse; ' +
          'more hamstring stretching does not help. People who sit for long periods may feel it at the back of the hip or in the calf instead.',
        sources: ['seed:001'],
      },
      {
        kind: 'reference-view',
        text:
          'Pain with sitting is not specific: the hamstrings and gluteus maximus can hurt with sitting too. ' +
          'Pressing gluteus minimus with a tennis ball and bringing on the familiar pain is the stronger sign.',
        sources: ['referral-summaries', 'travell-simons'],
      },
    ],
    sources: ['seed:001', 'referral-summaries', 'travell-simons'],
  },
  {
    id: 'front-thigh-palpation',
    name: 'Press along the front of the thigh',
    kind: 'palpation',
    steps: [
      'Sit with the leg straight and relaxed on a chair or bed, or lie on your back, so the front of the thigh is soft.',
      'Find the bony point at the front of your hip. A hand-width below it, just under the crease of the hip, press firmly into the front of the thigh: this is the top of rectus femoris.',
      'Work down the middle of the front of the thigh toward the kneecap, pressing every few centimetres; for the deepest muscle (vastus intermedius) press beside the middle line rather than on it.',
      'Then press the bulge just above the inner side of the knee, and a hand-width higher on the inner front of the thigh (vastus medialis).',
      'Hold each tender spot for 10 to 30 seconds and notice where you feel it.',
    ],
    positiveFeels:
      'A tender spot that brings on your familiar pain, often felt around or behind the kneecap or along the front of the thigh rather than at the spot itself.',
    positive: [
      {
        structure: 'rectus-femoris',
        weight: 0.6,
        reason:
          'A tender spot just below the front of the hip that brings on pain around or behind the kneecap points to rectus femoris',
      },
      {
        structure: 'vastus-medialis',
        weight: 0.6,
        reason:
          'A tender spot above the inner side of the knee that brings on pain at the front-inner knee points to vastus medialis',
      },
      {
        structure: 'vastus-intermedius',
        weight: 0.4,
        reason:
          'Deep tenderness in the middle of the front of the thigh that brings on your pain there fits vastus intermedius, which can only be reached through or beside rectus femoris',
      },
      {
        structure: 'sartorius',
        weight: 0.2,
        reason:
          'Sartorius, a thin strap running across the front of the thigh to the inner knee, gives a sharper, more surface pain along its course',
      },
    ],
    negative: [
      ...each(
        ['rectus-femoris', 'vastus-medialis'],
        0.2,
        'No tender spots at the front of the thigh make these muscles a little less likely',
      ),
      {
        structure: 'vastus-intermedius',
        weight: 0.1,
        reason: 'No deep tenderness at mid-thigh makes vastus intermedius a little less likely',
      },
    ],
    painSites: ['anterior-knee', 'anterior-thigh', 'medial-knee', 'medial-thigh'],
    cautions: [
      'A knee that swells up, locks or gives way after a twist needs checking as a joint injury, whatever this test shows.',
    ],
    notes: [
      {
        kind: 'reference-view',
        text:
          "Rectus femoris' main trigger point lies high, just below the front of the hip, yet its pain is felt around the kneecap; " +
          'vastus medialis refers to the front-inner knee and may later leave a knee that buckles without warning rather than one that hurts.',
        sources: ['travell-simons', 'referral-summaries'],
      },
    ],
    sources: ['travell-simons', 'referral-summaries', 'gray-anatomy'],
  },
  {
    id: 'inner-thigh-palpation',
    name: 'Press along the inner thigh',
    kind: 'palpation',
    steps: [
      'Lie on your back with the knee bent and let it fall out to the side onto a pillow, so the inner thigh is relaxed.',
      'Squeeze the knee inward for a moment to feel the tendon that stands out at the top of the inner thigh, just below the groin; then relax.',
      'Press beside that tendon, a few finger-widths below the groin, then work down the middle of the inner thigh toward the knee, every few centimetres.',
      'Hold each tender spot for 10 to 30 seconds and notice where you feel it.',
    ],
    positiveFeels:
      'A tender spot that brings on your familiar pain: deep in the groin, along the inner or front-inner thigh, or at the inner knee.',
    positive: [
      {
        structure: 'adductor-longus',
        weight: 0.65,
        reason:
          'A tender spot in the upper inner thigh, a few centimetres below the groin, that brings on your groin, inner-thigh or inner-knee pain points to adductor longus',
      },
      {
        structure: 'adductor-brevis',
        weight: 0.45,
        reason:
          'Adductor brevis lies under adductor longus in the same spot and sends pain to the same places',
      },
      {
        structure: 'pectineus',
        weight: 0.45,
        reason:
          'Tenderness at the very top of the inner thigh, just below the pubic bone, with a deep ache in the groin fits pectineus',
      },
      {
        structure: 'adductor-magnus',
        weight: 0.55,
        reason:
          'A tender spot around the middle of the inner thigh that brings on pain along the front-inner thigh, from the groin to above the knee, points to adductor magnus',
      },
      {
        structure: 'gracilis',
        weight: 0.45,
        reason:
          'A hot, stinging pain running along the inner thigh when you press its middle fits gracilis, the thin strap on the inside of the thigh',
      },
      {
        structure: 'sartorius',
        weight: 0.2,
        reason:
          'Sartorius crosses the inner thigh near the surface and gives a sharp or tingling pain along its course',
      },
    ],
    negative: [
      ...each(
        ['adductor-longus', 'adductor-magnus'],
        0.2,
        'No tender spots along the inner thigh make the adductors a little less likely',
      ),
      ...each(
        ['adductor-brevis', 'pectineus', 'gracilis'],
        0.15,
        'No tender spots along the inner thigh make this muscle a little less likely',
      ),
    ],
    painSites: ['groin', 'medial-thigh', 'anterior-thigh', 'medial-knee'],
    cautions: [
      'Press beside, not on, the pulse you can feel at the top of the thigh.',
      'A lump in the groin, especially one that can be pushed back in or that is tender and hot, is not a muscle: have it checked.',
    ],
    notes: [
      {
        kind: 'reference-view',
        text:
          'Adductor longus and brevis are the commonest muscle source of groin pain, felt mostly with hard effort or sudden twists. ' +
          'The highest point of adductor magnus, near the lower edge of the pelvis, refers pain deep inside the pelvis and is not something to press on yourself.',
        sources: ['travell-simons', 'referral-summaries'],
      },
    ],
    sources: ['travell-simons', 'referral-summaries', 'gray-anatomy'],
  },
  {
    id: 'outer-thigh-palpation',
    name: 'Press along the outer thigh and the front of the hip',
    kind: 'palpation',
    steps: [
      'Find the bony point at the front of the hip. Just below it and a little toward the side, press into the small muscle there (tensor fasciae latae); it tightens if you turn the foot in.',
      'Then press along the outer thigh from the bony point of the hip down to the outer knee, through the firm IT band into the muscle under it, and along its back edge.',
      'Or lie on your side on a foam roller or ball and roll slowly along the outer thigh.',
      'Hold each tender spot for 10 to 30 seconds and notice where you feel it.',
    ],
    positiveFeels:
      'A tender spot that brings on your familiar pain along the outer thigh, at the outer knee, behind the knee, or at the front-outer hip.',
    positive: [
      {
        structure: 'vastus-lateralis',
        weight: 0.65,
        reason:
          'A tender spot along the outer thigh that brings on pain up and down the outer thigh or at the outer knee points to vastus lateralis, the big muscle under the IT band',
      },
      {
        structure: 'tensor-fasciae-latae',
        weight: 0.6,
        reason:
          'A tender spot just below and beside the front of the hip that brings on pain at the front-outer hip and down the outer thigh points to tensor fasciae latae',
      },
      {
        structure: 'gluteus-minimus',
        weight: 0.2,
        reason:
          'The front part of gluteus minimus lies deep under tensor fasciae latae; the tennis-ball test reaches it better',
      },
    ],
    negative: [
      {
        structure: 'vastus-lateralis',
        weight: 0.25,
        reason: 'No tender spots along the outer thigh make vastus lateralis less likely',
      },
      {
        structure: 'tensor-fasciae-latae',
        weight: 0.2,
        reason: 'No tenderness at the front-outer hip makes tensor fasciae latae less likely',
      },
    ],
    painSites: ['lateral-hip', 'lateral-thigh', 'lateral-knee', 'posterolateral-knee', 'popliteal-fossa'],
    cautions: ['Keep off the bony point of the hip itself; pressure there can be sore in anyone.'],
    notes: [
      {
        kind: 'reference-view',
        text:
          'Trigger points in vastus lateralis and tensor fasciae latae make lying on that side painful and are often taken for IT band friction ' +
          'or bursitis at the hip; the lowest, back points of vastus lateralis can send pain behind the knee.',
        sources: ['travell-simons', 'referral-summaries'],
      },
      {
        kind: 'seed-view',
        text: 'One physiotherapist includes the outer thigh, and the back-outer edge where vastus lateralis wraps round the thigh bone, in his whole-thigh rolling.',
        sources: ['seed:003'],
      },
    ],
    sources: ['travell-simons', 'referral-summaries', 'seed:003'],
  },
  {
    id: 'iliac-crest-palpation',
    name: 'Press just below the top of the hip bone',
    kind: 'palpation',
    steps: [
      'Stand, or lie on your good side. Find the top ridge of the hip bone (where your hands rest on your hips).',
      'Press with your thumb just below the ridge, starting at the back near the dimple at the base of the spine.',
      'Move forward along the ridge every few centimetres, round the side toward the bony point at the front.',
      'Or lean against a wall with a tennis ball in the same places. Hold each tender spot for 10 to 30 seconds and notice where you feel it.',
    ],
    positiveFeels:
      'A tender spot just under the ridge that brings on your familiar low back, sacrum or buttock pain.',
    positive: [
      {
        structure: 'gluteus-medius',
        weight: 0.65,
        reason:
          'A tender spot just below the top of the hip bone that brings on low back, sacrum or side-of-buttock pain points to gluteus medius',
      },
      {
        structure: 'gluteus-maximus',
        weight: 0.2,
        reason:
          'Near the base of the spine the upper inner edge of gluteus maximus lies under your thumb too, and refers along the buttock cleft',
      },
      {
        structure: 'gluteus-minimus',
        weight: 0.15,
        reason:
          'Gluteus minimus lies deeper and lower, under gluteus medius; its pain usually runs down the leg',
      },
      {
        structure: 'tensor-fasciae-latae',
        weight: 0.15,
        reason:
          'At the front end of the ridge you reach tensor fasciae latae, whose pain is at the front-outer hip',
      },
    ],
    negative: [
      {
        structure: 'gluteus-medius',
        weight: 0.25,
        reason: 'No tender spots below the ridge make gluteus medius less likely',
      },
    ],
    painSites: ['low-back', 'sacroiliac', 'buttock', 'lateral-hip'],
    cautions: [
      'Low back pain with numbness, weakness, or any change in bladder or bowel control needs a clinician first: see the warning signs.',
    ],
    notes: [
      {
        kind: 'reference-view',
        text: 'Gluteus medius trigger points lie just below the crest from back to front; the back ones are often felt as low back pain, and the pain is worse walking, lying on that side and sitting slumped.',
        sources: ['travell-simons', 'referral-summaries'],
      },
    ],
    sources: ['travell-simons', 'referral-summaries', 'gray-anatomy'],
  },
];

/** Every self-test, each with the general caution appended. */
export const selfTests: readonly SelfTest[] = tests.map((test) => ({
  ...test,
  cautions: [...test.cautions, generalCaution],
}));
