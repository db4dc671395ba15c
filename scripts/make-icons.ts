/**
 * Renders `public/icons/icon.svg` into the PNG icons the web app manifest lists (192 and 512 px,
 * plus a maskable 512 with a safe margin), with the Debian Chromium the tests use. Run by hand
 * after changing the SVG: `node --import tsx scripts/make-icons.ts`. The PNGs are committed.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('public/icons/icon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--no-first-run'],
});
for (const [size, name, inset] of [
  [192, 'icon-192.png', 0],
  [512, 'icon-512.png', 0],
  [512, 'icon-maskable-512.png', 0.1],
] as const) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const pad = Math.round(size * inset);
  const background = inset > 0 ? '#0b5cad' : 'transparent';
  await page.setContent(
    `<body style="margin:0;background:${background}"><div style="padding:${pad}px">` +
      svg.replace('<svg ', `<svg width="${size - 2 * pad}" height="${size - 2 * pad}" `) +
      '</div></body>',
  );
  await page.screenshot({ path: `public/icons/${name}`, omitBackground: inset === 0 });
  await page.close();
}
await browser.close();
