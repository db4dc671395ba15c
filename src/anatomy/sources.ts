/**
 * Every fact in the knowledge base names where it came from. Seeds are the five source texts in
 * `../shared/seeds/`; references are named published works. Wording in this project is our own.
 */
export const sources = {
  'seed:000': {
    title: 'Posterior Thigh Pain – Hamstrings, Calves, or Glutes? (video transcript, a chiropractor)',
    kind: 'seed',
  },
  'seed:001': {
    title: 'Seizing hamstring: a gluteus minimus referral (neuromuscular therapist article)',
    kind: 'seed',
  },
  'seed:002': { title: 'Hamstring & calf insertion pain (podiatry clinic page)', kind: 'seed' },
  'seed:003': { title: 'Liberating the circumferential thigh (physiotherapist article)', kind: 'seed' },
  'seed:004': { title: 'Running physiotherapy case stories (RunPhys blog)', kind: 'seed' },
  'travell-simons': {
    title:
      // Summarised in reference/referral-patterns.md.
      'Travell & Simons, Myofascial Pain and Dysfunction: The Trigger Point Manual, vol. 2 (1992), as summarised in this project’s reference notes',
    kind: 'reference',
  },
  'referral-summaries': {
    title:
      // Collected in reference/referral-patterns.md, which names each.
      'Public summaries of Travell & Simons’ referral maps (NAMTPT symptom checker, Massage Today and others)',
    kind: 'reference',
  },
  gait2392: {
    title: 'OpenSim gait2392 model (Delp et al. 1990, IEEE TBME 37(8):757–767; Anderson & Pandy; CC BY 3.0)',
    kind: 'reference',
  },
  rajagopal2016: {
    title: 'Rajagopal et al. 2016, Full-body musculoskeletal model, IEEE TBME 63(10):2068–2079',
    kind: 'reference',
  },
  'gray-anatomy': {
    title: "Gray's Anatomy: The Anatomical Basis of Clinical Practice (standard anatomy text)",
    kind: 'reference',
  },
  'terminologia-anatomica': { title: 'Terminologia Anatomica (FIPAT, 2nd ed. 2019)', kind: 'reference' },
  fma: { title: 'Foundational Model of Anatomy ontology (University of Washington)', kind: 'reference' },
  'anatomy-figures': {
    title:
      // Collected in reference/anatomy-figures.md, which names each.
      'Published thigh anatomy figures (Noussios 2019, Ward 2009, NHANES and others)',
    kind: 'reference',
  },
  'clinical-guidance': {
    title:
      'Standard clinical red-flag guidance (e.g. NICE CKS: DVT, cauda equina, septic arthritis, muscle tear)',
    kind: 'reference',
  },
} as const satisfies Record<string, { title: string; kind: 'seed' | 'reference' }>;

export type SourceId = keyof typeof sources;
export const sourceIds = Object.keys(sources) as SourceId[];
