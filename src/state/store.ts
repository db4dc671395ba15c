/**
 * The app store (zustand). Holds ids and plain data only, never three.js objects. This file is the
 * contract between the scene and the panel: keep the names; add, never rename.
 */
import { create } from 'zustand';
import type { LayerId, MuscleId, PainSiteId, SelfTestId, Side, StructureId, View } from '../anatomy/ids.ts';
import type { SurfaceMask } from '../anatomy/surface-grid.ts';
import type { BrushSize } from './pain-drawing.ts';
import type { PoseId } from '../kinematics/pose-ids.ts';
import type { AppMode } from './app-mode.ts';
import type { GroupId } from '../anatomy/groups.ts';
import type { NameStyle } from '../look/display-name.ts';

export type SceneStatus = 'loading' | 'ready' | 'fallback' | 'error';
export type TestResult = 'positive' | 'negative';
/** What a drag on the skin does: turn the limb, paint pain, or rub paint out. */
export type DrawTool = 'none' | 'draw' | 'erase';

export interface ExplorerState {
  painSites: readonly PainSiteId[];
  /**
   * The person's pain drawing on the pain grid (`anatomy/surface-grid.ts`), or null. Replaced (never
   * mutated) when a stroke ends, so the ranking and the URL see each stroke once.
   */
  drawing: SurfaceMask | null;
  drawTool: DrawTool;
  brushSize: BrushSize;
  /** The candidate whose map the pointer previews (hovering its row in the panel), or null. */
  previewedCandidate: MuscleId | null;
  /** A second candidate whose map is painted beside the focused one, in the compare colour. */
  compareCandidate: MuscleId | null;
  selected: StructureId | null;
  /**
   * A muscle group chosen as a whole (`?select=hamstrings`): the scene lights every member and the
   * panel lists them. Never set together with `selected`: choosing one clears the other.
   */
  selectedGroup: GroupId | null;
  /** The candidate the person chose to focus (a muscle id), or null. */
  focusedCandidate: StructureId | null;
  /**
   * The trigger point the person asked to see on the model (node name
   * `<muscle>-trigger-point-<n>`), or null. Set by the panel's "Show on model" button.
   */
  shownTriggerPoint: string | null;
  results: Readonly<Partial<Record<SelfTestId, TestResult>>>;
  side: Side;
  view: View;
  /** The standard views frame the whole limb (hip bone to foot) instead of the thigh. */
  wholeLimb: boolean;
  /**
   * Counts requests to put the camera back on the current view (pressing the active view button
   * again): the rig eases back whenever it changes. Not in the URL.
   */
  viewResets: number;
  layers: readonly LayerId[];
  /** Muscle layers peeled away (muscles with layer <= peel are hidden); 0 = none. */
  peel: number;
  xray: boolean;
  isolate: boolean;
  hidden: readonly StructureId[];
  hovered: StructureId | null;
  sceneStatus: SceneStatus;
  sceneError: string | null;
  /** Notices for the person (unknown URL words, restored context, …). */
  notices: readonly string[];
  textView: boolean;
  /** The self-test whose pose the limb is asked to show (issue 14), or null for standing. */
  pose: PoseId | null;
  /** Which of the app's modes is shown (`?mode=`). */
  mode: AppMode;
  /**
   * The last part of the model clicked in quiz mode, where a click answers a question instead of
   * selecting (node name, its structure, and a count so the same part clicked twice is two answers).
   */
  quizPick: QuizPick | null;
  /**
   * What a mode that changes the display (the quiz sets layers, selection and view per question)
   * puts back when `setMode` leaves it: applied in the same update as the mode, so the URL records
   * the explorer as it was, with no in-between entry. `hydrate` (the URL) clears it.
   */
  restoreOnModeExit: Partial<ExplorerState> | null;
  /**
   * The presentation pen's strokes as their link word (`ink-codec.ts`, `?ink=`; '' for none),
   * replaced per stroke. Kept encoded so the entry needs only the codec's reader, for checking links.
   */
  ink: string;
  /** Whether structures are named in English or by their Latin (TA) name: a saved preference. */
  names: NameStyle;
  /** On-model labels with leader lines for what the view shows (off by default; never in the quiz). */
  labels: boolean;
}

export interface QuizPick {
  node: string;
  structure: string;
  serial: number;
}

export interface ExplorerActions {
  togglePainSite(site: PainSiteId): void;
  /** Replaces the drawing (null or an empty mask clears it). */
  setDrawing(drawing: SurfaceMask | null): void;
  setDrawTool(tool: DrawTool): void;
  setBrushSize(size: BrushSize): void;
  previewCandidate(id: MuscleId | null): void;
  setCompareCandidate(id: MuscleId | null): void;
  setPainSites(sites: readonly PainSiteId[]): void;
  select(id: StructureId | null): void;
  /** Selects a whole muscle group (clears the single selection), or clears it with null. */
  selectGroup(id: GroupId | null): void;
  focusCandidate(id: StructureId | null): void;
  /**
   * Selects and focuses a trigger point's muscle and asks the scene to show that point (turns its
   * layer on).
   */
  showTriggerPoint(muscle: StructureId, triggerPointId: string): void;
  recordResult(test: SelfTestId, result: TestResult | null): void;
  setSide(side: Side): void;
  setView(view: View): void;
  setWholeLimb(on: boolean): void;
  /** Puts the camera back on the current standard view (after zooming, turning or panning). */
  resetView(): void;
  toggleLayer(layer: LayerId): void;
  setPeel(peel: number): void;
  setXray(on: boolean): void;
  setIsolate(on: boolean): void;
  toggleHidden(id: StructureId): void;
  /** Shows every structure hidden with `toggleHidden`. */
  clearHidden(): void;
  setHovered(id: StructureId | null): void;
  setSceneStatus(status: SceneStatus, error?: string | null): void;
  /** Adds notices, skipping any already shown (the same URL read twice must not repeat them). */
  addNotices(notices: readonly string[]): void;
  dismissNotice(index: number): void;
  clearNotices(): void;
  setTextView(on: boolean): void;
  setPose(pose: PoseId | null): void;
  setMode(mode: AppMode): void;
  /** A click on a model part in quiz mode (the scene calls it instead of `select`). */
  pickInQuiz(node: string, structure: string): void;
  setInk(inkWord: string): void;
  setNames(names: NameStyle): void;
  setLabels(on: boolean): void;
  /** Replaces the URL-backed part of the state at once (page load, browser back/forward). */
  hydrate(patch: Partial<ExplorerState>): void;
}

export type ExplorerStore = ExplorerState & ExplorerActions;

export const defaultLayers: readonly LayerId[] = ['skin', 'muscles', 'bones', 'nerves'];

export const initialState: ExplorerState = {
  painSites: [],
  drawing: null,
  drawTool: 'none',
  brushSize: 'medium',
  previewedCandidate: null,
  compareCandidate: null,
  selected: null,
  selectedGroup: null,
  focusedCandidate: null,
  shownTriggerPoint: null,
  results: {},
  side: 'right',
  view: 'posterior',
  wholeLimb: false,
  viewResets: 0,
  layers: defaultLayers,
  peel: 0,
  xray: false,
  isolate: false,
  hidden: [],
  hovered: null,
  sceneStatus: 'loading',
  sceneError: null,
  notices: [],
  textView: false,
  pose: null,
  mode: 'explore',
  quizPick: null,
  restoreOnModeExit: null,
  ink: '',
  names: 'english',
  labels: false,
};

const toggle = <T>(list: readonly T[], item: T): readonly T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

export const useExplorer = create<ExplorerStore>()((set) => ({
  ...initialState,
  togglePainSite: (site) =>
    set((s) => ({ painSites: toggle(s.painSites, site), focusedCandidate: null, shownTriggerPoint: null })),
  setPainSites: (sites) =>
    set({ painSites: [...new Set(sites)], focusedCandidate: null, shownTriggerPoint: null }),
  setDrawing: (drawing) =>
    set({
      drawing: drawing && drawing.some((v) => v !== 0) ? drawing : null,
      focusedCandidate: null,
      shownTriggerPoint: null,
    }),
  setDrawTool: (drawTool) => set({ drawTool }),
  setBrushSize: (brushSize) => set({ brushSize }),
  previewCandidate: (previewedCandidate) => set({ previewedCandidate }),
  setCompareCandidate: (compareCandidate) => set({ compareCandidate }),
  select: (id) =>
    set((s) => ({
      selected: id,
      selectedGroup: null,
      // Selecting something else leaves the focused candidate's card.
      focusedCandidate: id === s.focusedCandidate ? s.focusedCandidate : null,
      shownTriggerPoint: null,
    })),
  selectGroup: (id) =>
    set((s) => ({
      selectedGroup: id,
      selected: null,
      focusedCandidate: id === null ? s.focusedCandidate : null,
      shownTriggerPoint: null,
    })),
  focusCandidate: (id) =>
    set((s) => ({
      focusedCandidate: id,
      selected: id,
      selectedGroup: id === null ? s.selectedGroup : null,
      shownTriggerPoint: null,
    })),
  showTriggerPoint: (muscle, triggerPointId) =>
    set((s) => ({
      selected: muscle,
      selectedGroup: null,
      // Focusing the muscle is what makes the scene draw its trigger points and frame them.
      focusedCandidate: muscle,
      shownTriggerPoint: triggerPointId,
      layers: s.layers.includes('trigger-points') ? s.layers : [...s.layers, 'trigger-points'],
    })),
  recordResult: (test, result) =>
    set((s) => {
      const results = { ...s.results };
      if (result) results[test] = result;
      else delete results[test];
      return { results };
    }),
  setSide: (side) => set({ side }),
  setView: (view) => set({ view }),
  setWholeLimb: (wholeLimb) => set({ wholeLimb }),
  resetView: () => set((s) => ({ viewResets: s.viewResets + 1 })),
  toggleLayer: (layer) => set((s) => ({ layers: toggle(s.layers, layer) })),
  setPeel: (peel) => set({ peel: Math.max(0, Math.round(peel)) }),
  setXray: (xray) => set({ xray }),
  setIsolate: (isolate) => set({ isolate }),
  toggleHidden: (id) => set((s) => ({ hidden: toggle(s.hidden, id) })),
  clearHidden: () => set({ hidden: [] }),
  setHovered: (hovered) => set({ hovered }),
  setSceneStatus: (sceneStatus, error = null) => set({ sceneStatus, sceneError: error }),
  addNotices: (notices) =>
    set((s) => {
      const fresh = [...new Set(notices)].filter((n) => !s.notices.includes(n));
      return fresh.length ? { notices: [...s.notices, ...fresh] } : {};
    }),
  dismissNotice: (index) => set((s) => ({ notices: s.notices.filter((_, i) => i !== index) })),
  clearNotices: () => set({ notices: [] }),
  setTextView: (textView) => set({ textView }),
  setPose: (pose) => set({ pose }),
  setMode: (mode) =>
    set((s) =>
      s.mode !== mode && s.restoreOnModeExit
        ? { ...s.restoreOnModeExit, mode, restoreOnModeExit: null }
        : { mode },
    ),
  pickInQuiz: (node, structure) =>
    set((s) => ({ quizPick: { node, structure, serial: (s.quizPick?.serial ?? 0) + 1 } })),
  setInk: (ink) => set({ ink }),
  setNames: (names) => set({ names }),
  setLabels: (labels) => set({ labels }),
  // The URL wins over anything a mode meant to put back.
  hydrate: (patch) => set({ ...patch, restoreOnModeExit: null }),
}));
