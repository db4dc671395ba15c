import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';

/**
 * Shader sources (template literals marked `/* glsl *\/`) lose their comments, indentation, blank
 * lines and the spaces next to punctuation in the build: the minifier leaves strings alone, and
 * these ship before the model is ready (SPEC: JS until ready ≤ 360 KB gzip). Line breaks stay, as
 * GLSL's `#` directives need them, and directives keep their spacing; a comment that holds a
 * `${…}` interpolation is kept whole. The shaders hold no `- -` or `+ +` (which would fuse).
 */
function compactGlsl(): Plugin {
  const literal = /\/\* glsl \*\/ `([^`]*)`/g;
  const compactLine = (line: string) => {
    const comment = line.indexOf('//');
    const code = comment >= 0 && !line.slice(comment).includes('${') ? line.slice(0, comment) : line;
    const trimmed = code.trim();
    return trimmed.startsWith('#') ? trimmed : trimmed.replace(/\s*([-+*/=<>!&|?:;,(){}[\]])\s*/g, '$1');
  };
  return {
    name: 'compact-glsl',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/scene\/[^/]+\.tsx?$/.test(id) || !code.includes('/* glsl */')) return null;
      const body = (text: string) => text.split('\n').map(compactLine).filter(Boolean).join('\n');
      return { code: code.replace(literal, (_, text: string) => `\`\n${body(text)}\n\``), map: null };
    },
  };
}

// The app is served from any sub-path (relative base) and never talks to another host.
export default defineConfig({
  base: './',
  plugins: [
    compactGlsl(),
    react(),
    // Offline and installable (README "Offline"): a web app manifest, and a service worker that
    // precaches every file of the build (app shell, JS and CSS chunks, icons and the model) and
    // answers every page load from that cache. It handles same-origin files only and has no
    // runtime caching of other hosts: it never fetches anything but this app's own files. It is
    // registered by the app itself once the model is on screen (src/app/register-service-worker.ts),
    // never in dev mode.
    VitePWA({
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: {
        name: 'Thigh explorer',
        short_name: 'Thigh explorer',
        description:
          'Where does it hurt, and which muscle may send pain there? A 3D anatomy explorer of the thigh.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#0b5cad',
        background_color: '#f4f6f8',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // The manifest and its icons are added by the plugin itself.
        globPatterns: ['**/*.{html,js,css,glb}'],
        // The model is about 1.5 MB; the default limit (2 MiB) leaves it little room to grow.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Every page load (any ?query) gets the precached app shell.
        navigateFallback: 'index.html',
        // A new version takes over at once; the app tells the person (register-service-worker.ts).
        skipWaiting: true,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        inlineWorkboxRuntime: true,
        sourcemap: false,
      },
    }),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // Browsers without native <link rel="modulepreload"> (older Safari) still load every chunk,
    // only without the head start; the polyfill's bytes would count in explore mode's start-up
    // budget for everyone else.
    modulePreload: { polyfill: false },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
