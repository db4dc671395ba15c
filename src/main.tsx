import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { useExplorer } from './state/store.ts';
import { hydrateFromLocation } from './state/url-sync.ts';
import { loadPreferences, savePreferencesOnChange } from './state/preferences-storage.ts';

// Read the URL before the first render, so `?text=1` never starts loading the 3D code.
try {
  hydrateFromLocation();
} catch {
  // The codec never throws by contract; if it ever did, the app must still start.
  useExplorer.getState().addNotices(['The link could not be read, so the explorer starts fresh.']);
}

// Saved display preferences fill in what the link does not say (the link wins); never pain data.
try {
  loadPreferences(window.location.search);
} catch {
  // Never block start-up on saved settings.
}
savePreferencesOnChange();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
