/**
 * Warning signs that mean "see a clinician" rather than "try a self-test" (SPEC "Safety"). Each is
 * tied to the pain sites where it matters; a flag with no pain sites applies wherever the pain is.
 * No self-test result, however clear, should push these out of view: the panel shows them alongside any result.
 */
import type { RedFlag } from './types.ts';

export const redFlags: readonly RedFlag[] = [
  {
    id: 'cauda-equina',
    title: 'Possible pressure on the nerves at the base of the spine',
    signs:
      'Back, buttock or leg pain together with any of: new trouble passing urine or holding it, loss of bowel control, numbness ' +
      'between the legs or around the back passage or genitals (the area a saddle would touch), or numbness or weakness in both legs.',
    action:
      'Go to an emergency department now, or call an ambulance. This needs to be checked within hours; do not wait to see if it passes.',
    urgency: 'emergency',
    painSites: [
      'low-back',
      'sacroiliac',
      'buttock',
      'ischial-tuberosity',
      'posterior-thigh-proximal',
      'posterior-thigh-middle',
      'posterior-thigh-distal',
      'calf-proximal',
      'calf-middle',
      'lateral-leg',
      'heel',
    ],
    sources: ['clinical-guidance'],
  },
  {
    id: 'deep-vein-thrombosis',
    title: 'Possible blood clot in a leg vein (deep-vein thrombosis)',
    signs:
      'The calf, the back of the knee or the whole leg is swollen, warm, red or darker than usual, tender or heavy, usually on one side ' +
      'only. More likely after an operation, a long journey, bed rest, an injury or plaster cast, pregnancy, hormone pills or an earlier clot. ' +
      "A burst Baker's cyst (a fluid-filled sac behind the knee) can look exactly the same; only a scan tells them apart.",
    action:
      'Get seen today, by your doctor, an urgent-care centre or an emergency department. Do not massage, roll or stretch the leg meanwhile. ' +
      'Call an ambulance at once if you also become short of breath, have chest pain or cough up blood: a clot may have moved to the lungs.',
    urgency: 'urgent',
    painSites: [
      'popliteal-fossa',
      'posteromedial-knee',
      'posterolateral-knee',
      'calf-proximal',
      'calf-middle',
      'posterior-thigh-distal',
      'medial-thigh',
    ],
    sources: ['clinical-guidance', 'referral-summaries'],
  },
  {
    id: 'sudden-cold-leg',
    title: 'Possible blocked artery',
    signs:
      'The leg or foot suddenly becomes painful, pale or bluish, cold and numb or weak, compared with the other one.',
    action: 'Call an ambulance or go to an emergency department now.',
    urgency: 'emergency',
    painSites: [
      'calf-proximal',
      'calf-middle',
      'lateral-leg',
      'heel',
      'popliteal-fossa',
      'posterior-thigh-middle',
      'posterior-thigh-distal',
      'anterior-thigh',
    ],
    sources: ['clinical-guidance'],
  },
  {
    id: 'compartment-syndrome',
    title: 'Possible dangerous pressure build-up in the calf muscles',
    signs:
      'After an injury, a crush or unusually hard exercise, pain in the calf or shin that keeps getting worse, is far stronger than ' +
      'expected, and is much worse when the toes or foot are moved; the muscle feels tense and hard, sometimes with pins and needles.',
    action: 'Go to an emergency department now. Do not bandage the leg tightly or keep exercising it.',
    urgency: 'emergency',
    painSites: ['calf-proximal', 'calf-middle', 'lateral-leg'],
    sources: ['clinical-guidance'],
  },
  {
    id: 'joint-infection',
    title: 'Possible infection in a joint or the skin',
    signs:
      'A hot, swollen, red knee or hip that you can hardly move or bear weight on, with a fever, shivers or feeling generally unwell; ' +
      'or a hot, red, swollen area of skin that is spreading, with a fever.',
    action:
      'Get seen the same day, by your doctor or an urgent-care centre, or an emergency department if it is out of hours or you feel very unwell.',
    urgency: 'urgent',
    painSites: [
      'anterior-knee',
      'medial-knee',
      'lateral-knee',
      'popliteal-fossa',
      'posteromedial-knee',
      'posterolateral-knee',
      'groin',
      'lateral-hip',
      'buttock',
    ],
    sources: ['clinical-guidance'],
  },
  {
    id: 'muscle-or-tendon-tear',
    title: 'Possible torn muscle or tendon',
    signs:
      'A sudden pop, snap or feeling of being kicked or shot during a sprint, jump, lunge or slip, followed by bruising, a dent or gap you ' +
      'can feel, difficulty walking, or weakness bending the knee or rising onto your toes. High in the back of the thigh this can be a ' +
      'hamstring tendon pulled off the sit bone; at the back of the ankle, a torn Achilles tendon.',
    action:
      'Stop the activity and get assessed within a day or two, the same day if you cannot walk or the calf or Achilles is involved: some ' +
      'tendon tears heal best when repaired early. Meanwhile rest the leg, use a cold pack wrapped in a cloth and keep the leg raised. ' +
      'Do not stretch, massage or test it.',
    urgency: 'urgent',
    painSites: [
      'ischial-tuberosity',
      'buttock',
      'posterior-thigh-proximal',
      'posterior-thigh-middle',
      'posterior-thigh-distal',
      'popliteal-fossa',
      'calf-proximal',
      'calf-middle',
      'heel',
      'anterior-thigh',
      'medial-thigh',
      'groin',
    ],
    sources: ['clinical-guidance', 'seed:002', 'seed:000'],
  },
  {
    id: 'nerve-involvement',
    title: 'Possible pinched or irritated nerve',
    signs:
      'Numbness, pins and needles, or weakness in the leg or foot (for example a foot that slaps or catches when you walk, or you cannot ' +
      'rise onto your toes), or burning, electric pain shooting below the knee. Trigger-point pain aches and spreads, but does not cause numbness or weakness.',
    action:
      'See a doctor or physiotherapist within a day or so; sooner if the weakness is getting worse. If it comes with bladder or bowel ' +
      'changes or numbness between the legs, go to an emergency department now.',
    urgency: 'urgent',
    painSites: [
      'low-back',
      'sacroiliac',
      'buttock',
      'ischial-tuberosity',
      'lateral-hip',
      'lateral-thigh',
      'anterior-thigh',
      'posterior-thigh-proximal',
      'posterior-thigh-middle',
      'posterior-thigh-distal',
      'popliteal-fossa',
      'posterolateral-knee',
      'lateral-knee',
      'calf-proximal',
      'calf-middle',
      'lateral-leg',
      'heel',
    ],
    sources: ['clinical-guidance', 'referral-summaries', 'seed:003'],
  },
  {
    id: 'injury-cannot-bear-weight',
    title: 'Possible broken bone or serious joint injury',
    signs:
      'After a fall, blow or twist you cannot put weight on the leg, the leg looks misshapen, shortened or turned out, or a joint has ' +
      'swollen up quickly.',
    action:
      'Go to an emergency department or urgent-care centre today; call an ambulance if the leg is misshapen or you cannot move.',
    urgency: 'urgent',
    painSites: [],
    sources: ['clinical-guidance'],
  },
  {
    id: 'walking-calf-pain',
    title: 'Possible narrowed leg arteries',
    signs:
      'A cramping ache in the calf, thigh or buttock that comes on after walking a similar distance each time and goes within a few ' +
      'minutes of standing still, especially if you smoke, have diabetes or heart disease.',
    action:
      'See your doctor in the next week or two; it is worth checking the circulation before treating it as a muscle problem.',
    urgency: 'soon',
    painSites: [
      'calf-proximal',
      'calf-middle',
      'buttock',
      'posterior-thigh-proximal',
      'posterior-thigh-middle',
      'anterior-thigh',
    ],
    sources: ['clinical-guidance'],
  },
  {
    id: 'night-pain-or-unwell',
    title: 'Pain that needs a doctor to look for other causes',
    signs:
      'Constant pain that is worse at night and is not eased by rest or changing position, or pain with unexplained weight loss, ' +
      'fever or night sweats, or in someone who has had cancer.',
    action: 'See your doctor within the next few days and mention these signs.',
    urgency: 'soon',
    painSites: [],
    sources: ['clinical-guidance'],
  },
];
