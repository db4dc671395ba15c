import { afterEach, describe, expect, it } from 'vitest';
import { defaultLayers, initialState, useExplorer } from '../../src/state/store.ts';

const store = () => useExplorer.getState();

afterEach(() => {
  useExplorer.setState(initialState);
});

describe('explorer store', () => {
  it('toggles pain sites on and off, keeping the order they were chosen', () => {
    store().togglePainSite('popliteal-fossa');
    store().togglePainSite('posterolateral-knee');
    expect(store().painSites).toEqual(['popliteal-fossa', 'posterolateral-knee']);
    store().togglePainSite('popliteal-fossa');
    expect(store().painSites).toEqual(['posterolateral-knee']);
  });

  it('drops the focused candidate when the pain sites change', () => {
    store().setPainSites(['buttock']);
    store().focusCandidate('gluteus-minimus');
    expect(store().focusedCandidate).toBe('gluteus-minimus');
    expect(store().selected).toBe('gluteus-minimus');
    store().togglePainSite('lateral-hip');
    expect(store().focusedCandidate).toBeNull();
  });

  it('removes duplicate pain sites', () => {
    store().setPainSites(['heel', 'heel', 'calf-middle']);
    expect(store().painSites).toEqual(['heel', 'calf-middle']);
  });

  it('records, changes and clears a self-test result without touching the others', () => {
    store().recordResult('knee-curl', 'positive');
    store().recordResult('toe-touch', 'negative');
    store().recordResult('knee-curl', 'negative');
    expect(store().results).toEqual({ 'knee-curl': 'negative', 'toe-touch': 'negative' });
    store().recordResult('knee-curl', null);
    expect(store().results).toEqual({ 'toe-touch': 'negative' });
  });

  it('selecting another structure leaves the focused candidate', () => {
    store().focusCandidate('soleus');
    store().select('femur');
    expect(store().selected).toBe('femur');
    expect(store().focusedCandidate).toBeNull();
  });

  it('selects a muscle group as a whole, never together with a single structure', () => {
    store().focusCandidate('soleus');
    store().selectGroup('hamstrings');
    expect(store().selectedGroup).toBe('hamstrings');
    expect(store().selected).toBeNull();
    expect(store().focusedCandidate).toBeNull();
    store().select('semitendinosus');
    expect(store().selectedGroup).toBeNull();
    expect(store().selected).toBe('semitendinosus');
    store().selectGroup('adductors');
    store().selectGroup(null);
    expect(store().selectedGroup).toBeNull();
  });

  it('counts requests to reset the camera without changing the view', () => {
    store().setView('lateral');
    store().resetView();
    store().resetView();
    expect(store().viewResets).toBe(2);
    expect(store().view).toBe('lateral');
  });

  it('showing a trigger point selects its muscle and turns the trigger-point layer on once', () => {
    store().showTriggerPoint('gluteus-minimus', 'gluteus-minimus-trigger-point-1');
    store().showTriggerPoint('gluteus-minimus', 'gluteus-minimus-trigger-point-2');
    expect(store().selected).toBe('gluteus-minimus');
    expect(store().focusedCandidate).toBe('gluteus-minimus');
    expect(store().shownTriggerPoint).toBe('gluteus-minimus-trigger-point-2');
    expect(store().layers.filter((l) => l === 'trigger-points')).toHaveLength(1);
  });

  it('toggles layers and hidden structures, and shows all hidden again', () => {
    store().toggleLayer('skin');
    expect(store().layers).not.toContain('skin');
    store().toggleLayer('skin');
    expect([...store().layers].sort()).toEqual([...defaultLayers].sort());
    store().toggleHidden('femur');
    store().toggleHidden('patella');
    store().toggleHidden('femur');
    expect(store().hidden).toEqual(['patella']);
    store().clearHidden();
    expect(store().hidden).toEqual([]);
  });

  it('keeps the peel depth a whole number of at least 0', () => {
    store().setPeel(2.4);
    expect(store().peel).toBe(2);
    store().setPeel(-3);
    expect(store().peel).toBe(0);
  });

  it('adds each notice once and dismisses by position', () => {
    store().addNotices(['a', 'b', 'a']);
    store().addNotices(['b', 'c']);
    expect(store().notices).toEqual(['a', 'b', 'c']);
    store().dismissNotice(1);
    expect(store().notices).toEqual(['a', 'c']);
    store().clearNotices();
    expect(store().notices).toEqual([]);
  });

  it('stores the scene status with its error, clearing the error on recovery', () => {
    store().setSceneStatus('error', 'The model could not be downloaded.');
    expect(store().sceneError).toBe('The model could not be downloaded.');
    store().setSceneStatus('ready');
    expect(store()).toMatchObject({ sceneStatus: 'ready', sceneError: null });
  });
});
