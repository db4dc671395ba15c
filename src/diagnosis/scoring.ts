/**
 * Every number the ranking uses, in one place, with why it has the value it has.
 *
 * A candidate's score is a plain sum of evidence points:
 *   map fit: where it hurts is one area of skin (the chosen sites' regions and the pain drawing);
 *     ESSENTIAL_SITE_POINTS × the share of that area the muscle's essential zones cover, plus
 *     SPILLOVER_SITE_POINTS × the share only its spillover zones cover (`pain-area.ts`);
 *   for each positive self-test, + POSITIVE_TEST_POINTS × the implication's weight (0..1);
 *   for each negative self-test, − NEGATIVE_TEST_POINTS × the implication's weight.
 * Equal scores are ties and are shown as such; no unsourced "how common" prior breaks them.
 *
 * Why the map fit is an average over the chosen sites rather than a sum: a person who marks three
 * neighbouring patches of the back of the thigh is describing the extent of one pain, not giving
 * three times the evidence. All candidates share the same number of chosen sites, so averaging
 * never changes the order the maps alone give (an essential match still beats a spillover one,
 * and covering two sites still beats covering one); it only keeps the weight of a self-test the
 * same however many patches were marked. Without it, marking the whole back of the thigh would
 * let gluteus minimus's broad map outvote a positive calf test (seed:000's start-of-knee-bend test).
 */

/**
 * A chosen site inside a muscle's essential zone: the pain is felt there in nearly everyone with
 * an active trigger point (solid areas in Travell & Simons' maps), the strongest map evidence.
 */
export const ESSENTIAL_SITE_POINTS = 5;

/**
 * A chosen site inside the spillover zone only: felt there by some people (stippled areas).
 * 2 against 5 makes one essential match beat one or two spillover matches, while three spillover
 * matches (a pattern that fits the whole painful area) still beat a single essential one, and an
 * essential plus a spillover match beats an essential match alone ("covers more of what hurts").
 * After averaging, a map that covers every chosen site in its essential zone scores 5.
 */
export const SPILLOVER_SITE_POINTS = 2;

/**
 * A positive self-test at full weight. Referral maps say which muscles *could* send pain to a spot;
 * a test that reproduces the pain by loading, stretching or pressing one muscle is what tells them
 * apart (seed:000's whole method; pressing the trigger point is Travell & Simons' strongest sign).
 * The self-test data weighs movements and stretches at about 0.3-0.5 and palpation at 0.6-0.8
 * (`src/anatomy/self-tests.ts`). At 15 points a typical positive movement (0.4 → 6) outweighs the
 * gap between a perfect map fit (5) and none (0), so the test the panel suggests can lift a muscle
 * whose pattern does not reach the spot (a local strain, as in seed:000) above one whose map fits;
 * a weakly implicated muscle (0.15 → 2.25) moves only past candidates whose maps fit about equally.
 */
export const POSITIVE_TEST_POINTS = 15;

/**
 * A negative self-test at full weight: the same scale as a positive one, because the self-test data
 * already carries the asymmetry (its negative weights, about 0.05-0.25, are always smaller than the
 * same muscle's positive weight: a test that does not hurt is weaker evidence than one that does).
 * Shrinking them again here would count that caution twice; at this scale a negative palpation of
 * gluteus minimus (0.25 → 3.75) is enough to drop it below muscles whose maps fit nearly as well.
 */
export const NEGATIVE_TEST_POINTS = 15;

/**
 * When a test lists no `negative` implications, a negative result still lowers the muscles its
 * positive result would raise, at this fraction: the absence of a sign is weaker evidence than its
 * presence, and a test author who wrote nothing for "negative" gave no stronger guidance.
 */
export const NEGATIVE_FALLBACK_FACTOR = 0.5;

/**
 * A map counts as reaching where it hurts when it covers at least this share of it: below that,
 * the overlap is a sliver along a shared border, not evidence.
 */
export const MIN_MAP_SHARE = 0.05;

/** Scores closer than this count as equal (floating-point sums of weights). */
export const SCORE_EPSILON = 1e-6;

/** How many of the top candidates `discriminatingTests` tries to tell apart. */
export const DISCRIMINATION_POOL = 4;
