/** The hip muscles: gluteus maximus, medius and minimus, tensor fasciae latae, piriformis and iliopsoas. */
import { type MuscleGeometry, base } from './types.ts';

export function hipShapes(): MuscleGeometry[] {
  return [
    {
      ...base,
      id: 'gluteus-minimus',
      paths: [
        [
          [-0.1156, -0.003, -0.045],
          [-0.1395, -0.0765, -0.0779],
        ],
        [
          [-0.1041, 0.0075, -0.066],
          [-0.1395, -0.0765, -0.0803],
        ],
        [
          [-0.0886, 0.0037, -0.0864],
          [-0.1385, -0.0744, -0.0842],
        ],
      ],
      halfWidth: 0.019,
      halfDepth: 0.015,
      tendon: [0, 0.15],
      ends: [
        [0.03, 0.004],
        [0.012, 0.003],
      ],
      peak: 0.35,
      fullness: 0.4,
      lift: 1,
      order: 1,
      exponent: 1.7,
      curl: 14,
      tendonPartMin: 1,
    },
    {
      ...base,
      id: 'iliopsoas',
      belly: 'psoas',
      // Psoas major: a thick round belly from beside the lowest lumbar vertebra (the trunk is cut
      // at the top of the model, and psoas with it) along the pelvic brim, over the front of the
      // hip joint under the groin, to the lesser trochanter.
      paths: [
        [
          [-0.039, 0.08, -0.066],
          [-0.048, 0.04, -0.062],
          [-0.064, -0.03, -0.04],
          [-0.078, -0.07, -0.022],
          [-0.088, -0.105, -0.055],
          [-0.0939, -0.1258, -0.0895],
        ],
      ],
      halfWidth: 0.017,
      halfDepth: 0.015,
      tendon: [0, 0.12],
      ends: [
        [0.016, 0.014],
        [0.008, 0.004],
      ],
      peak: 0.3,
      fullness: 0.45,
      order: 1,
      exponent: 2,
      tendonPartMin: 1,
    },
    {
      ...base,
      id: 'iliopsoas',
      belly: 'iliacus',
      // Iliacus: a flat fan filling the iliac fossa (the inner face of the wing), converging over
      // the pelvic brim beside psoas to the lesser trochanter.
      paths: [
        [
          [-0.124, 0.05, -0.028],
          [-0.113, 0.0, -0.01],
          [-0.096, -0.045, -0.012],
          [-0.088, -0.078, -0.02],
          [-0.092, -0.11, -0.06],
          [-0.0964, -0.1282, -0.09],
        ],
        [
          [-0.112, 0.066, -0.07],
          [-0.1, 0.0, -0.05],
          [-0.086, -0.045, -0.025],
          [-0.085, -0.078, -0.025],
          [-0.09, -0.11, -0.062],
          [-0.0952, -0.127, -0.09],
        ],
        [
          [-0.085, 0.052, -0.112],
          [-0.088, 0.0, -0.08],
          [-0.077, -0.045, -0.038],
          [-0.082, -0.078, -0.028],
          [-0.088, -0.11, -0.063],
          [-0.094, -0.126, -0.09],
        ],
      ],
      halfWidth: 0.008,
      halfDepth: 0.008,
      tendon: [0, 0.1],
      ends: [
        [0.01, 0.004],
        [0.006, 0.004],
      ],
      peak: 0.4,
      fullness: 0.5,
      order: 1,
      exponent: 2.2,
      tendonPartMin: 1,
    },
    {
      ...base,
      id: 'gluteus-medius',
      // A fan from the outer lip of the iliac crest (front to the posterior gluteal line) to the
      // lateral face of the greater trochanter, laid on the iliac wing and gluteus minimus. It
      // starts thin just under the lip, leaving the crest itself bare under the skin (it is felt
      // there), so the crest does not stand out as a ledge on the side of the hip.
      paths: [
        [
          [-0.153, 0.056, -0.034],
          [-0.146, -0.01, -0.05],
          [-0.146, -0.09, -0.084],
        ],
        [
          [-0.147, 0.066, -0.064],
          [-0.146, 0.0, -0.075],
          [-0.145, -0.086, -0.09],
        ],
        [
          [-0.131, 0.075, -0.093],
          [-0.14, 0.0, -0.098],
          [-0.143, -0.082, -0.096],
        ],
        [
          [-0.1, 0.073, -0.126],
          [-0.124, 0.0, -0.124],
          [-0.141, -0.078, -0.102],
        ],
      ],
      halfWidth: 0.012,
      halfDepth: 0.0145,
      tendon: [0, 0.12],
      ends: [
        [0.05, 0.0025],
        [0.02, 0.004],
      ],
      peak: 0.4,
      fullness: 0.45,
      lift: 1,
      order: 3,
      exponent: 2.4,
      curl: 12,
      tendonPartMin: 1,
      drape: { relax: 30, around: 48, across: 21, fill: 0.008 },
    },
    {
      ...base,
      id: 'piriformis',
      // Through the greater sciatic notch behind the bone (not through it, so the bone push does
      // not tear it), above the sciatic nerve where it leaves the pelvis.
      paths: [
        [
          [-0.0235, 0.0003, -0.1396],
          [-0.058, -0.01, -0.143],
          [-0.085, -0.024, -0.134],
          [-0.11, -0.05, -0.112],
          [-0.1272, -0.0697, -0.0855],
        ],
      ],
      halfWidth: 0.013,
      halfDepth: 0.009,
      tendon: [0, 0.25],
      ends: [
        [0.02, 0.004],
        [0.004, 0.003],
      ],
      peak: 0.35,
      fullness: 0.5,
      order: 2,
    },
    {
      ...base,
      id: 'tensor-fasciae-latae',
      paths: [
        [
          [-0.1241, 0.0214, -0.0311],
          [-0.138, -0.06, -0.032],
          [-0.146, -0.14, -0.04],
          [-0.147, -0.18, -0.043],
        ],
      ],
      halfWidth: 0.018,
      halfDepth: 0.009,
      tendon: [0.05, 0.05],
      ends: [
        [0.008, 0.004],
        [0.015, 0.002],
      ],
      peak: 0.5,
      fullness: 0.5,
      order: 6,
    },
    {
      ...base,
      id: 'gluteus-maximus',
      // A thick quadrilateral laid over the pelvis, gluteus medius and the hamstring origins. Its
      // upper edge runs from the posterior iliac crest down and out to the iliotibial tract over the
      // greater trochanter; its medial origin slopes down and in along the sacrum to the coccyx;
      // the fibres run down and laterally, the upper ones to the iliotibial tract, the lower ones to
      // the gluteal tuberosity; the lower border crosses the ischial tuberosity obliquely. Its
      // upper border runs over the back of gluteus medius (Gray: medius's posterior third lies
      // under gluteus maximus, the rest under the gluteal aponeurosis only), and its origin from
      // the sacrum reaches down to the side of the coccyx (Gray). It
      // has the volume of a real one (issue 11: ±25 % of Rajagopal 2016 / Handsfield 2014) from
      // that breadth, not from thickness: the cushion is flat-topped (plateau), 3-3.5 cm through
      // over most of the belly, full along the fibres from origin to a short insertion tendon,
      // and falls off steeply over its last centimetre or two to thin free borders (taper).
      paths: [
        [
          [-0.097, 0.079, -0.128],
          [-0.146, 0.028, -0.116],
          [-0.162, -0.034, -0.097],
          [-0.165, -0.096, -0.064],
        ],
        [
          [-0.077, 0.064, -0.141],
          [-0.116, 0.008, -0.153],
          [-0.14, -0.066, -0.128],
          [-0.157, -0.13, -0.073],
        ],
        [
          [-0.046, 0.03, -0.156],
          [-0.082, -0.032, -0.168],
          [-0.125, -0.098, -0.138],
          [-0.15, -0.16, -0.076],
        ],
        [
          [-0.022, -0.01, -0.166],
          [-0.058, -0.066, -0.168],
          [-0.107, -0.132, -0.1375],
          [-0.141, -0.192, -0.078],
        ],
        [
          [-0.008, -0.06, -0.164],
          [-0.04, -0.108, -0.162],
          [-0.088, -0.163, -0.131],
          [-0.128, -0.222, -0.079],
        ],
      ],
      halfWidth: 0.016,
      halfDepth: 0.0166,
      tendon: [0, 0.1],
      ends: [
        [0.012, 0.002],
        [0.01, 0.002],
      ],
      peak: 0.4,
      fullness: 0.45,
      lift: 1,
      order: 9,
      exponent: 2.6,
      curl: 0,
      tendonPartMin: 1,
      drape: {
        relax: 400,
        around: 60,
        across: 27,
        fill: 0.003,
        cushion: { peak: 0.55, taper: 8, firstTaper: 6, plateau: 4.6 },
      },
    },
  ];
}
