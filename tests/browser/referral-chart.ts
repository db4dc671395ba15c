/**
 * Unwrapped referral charts, to look at the hand-drawn zones the way a clinician reads a referral
 * figure, before the 3D skin shader shows them on the body:
 *
 *   node --import tsx tests/browser/referral-chart.ts [muscle-id …]   (default: every muscle)
 *
 * writes tests/output/charts/<muscle>.png. Each chart has one panel per distinct zone of the
 * muscle (trigger points sharing a zone share a panel) and a last panel with the whole map.
 * Angle runs across (from -90°, i.e. the inner side, through the front at 0°, the outer side, the
 * back at 180° to the inner side again at 330°, so no region is cut at the edge) and height up;
 * one degree is drawn as wide as 1.4 mm of height, about its arc on the thigh. Grey boxes are the
 * pain sites with their ids, dashed lines the landmark heights, solid red the essential zone,
 * stippled red the spillover, and under each panel the pain sites computed from the shapes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { muscles } from '../../src/anatomy/muscles/index.ts';
import { painSites } from '../../src/anatomy/pain-sites.ts';
import { outlinePolygon, regionBounds } from '../../src/anatomy/surface-outline.ts';
import { zoneSites } from '../../src/anatomy/zone-coverage.ts';
import type { Muscle, ReferralZone, SurfaceOutline } from '../../src/anatomy/types.ts';
import { chromium } from 'playwright-core';

const A0 = -90;
const A1 = 330;
const PX_PER_DEG = 1.3;
const PX_PER_M = PX_PER_DEG / 0.0014;
const PANEL_W = (A1 - A0) * PX_PER_DEG;
const TOP = 46;
const FOOT = 150;
const GAP = 16;

/** The heights a panel shows: the whole limb, or (a close-up) the band its zones reach. */
interface View {
  yLow: number;
  yHigh: number;
}
const whole: View = { yLow: -1.0, yHigh: 0.22 };
const plotHeight = (v: View) => (v.yHigh - v.yLow) * PX_PER_M;
const panelHeight = (v: View) => TOP + plotHeight(v) + FOOT;

const landmarks: readonly [number, string][] = [
  [0.07, 'iliac crest'],
  [0.02, 'ASIS'],
  [-0.066, 'hip joint'],
  [-0.16, 'gluteal fold'],
  [-0.41, 'top of kneecap'],
  [-0.47, 'knee crease'],
  [-0.89, 'ankle'],
  [-0.94, 'heel'],
];
const sides: readonly [number, string][] = [
  [-90, 'inner'],
  [0, 'front'],
  [90, 'outer'],
  [180, 'back'],
  [270, 'inner'],
];

const x = (angle: number) => (angle - A0) * PX_PER_DEG;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

interface Panel {
  title: string;
  zone: ReferralZone;
  /** A whole map: its islands are filled without edges, so overlapping zones read as one region. */
  union?: boolean;
}

function panelSvg(panel: Panel, v: View): string {
  const y = (h: number) => TOP + (v.yHigh - h) * PX_PER_M;
  const plotH = plotHeight(v);
  /** The outline drawn at each turn that shows, so one crossing 0° or 360° stays whole. */
  const outlinePaths = (outline: SurfaceOutline) =>
    [-360, 0, 360].map(
      (turn) =>
        outlinePolygon(outline)
          .map(([a, h], i) => `${i === 0 ? 'M' : 'L'}${x(a + turn).toFixed(1)},${y(h).toFixed(1)}`)
          .join('') + 'Z',
    );
  const controlPoints = (outline: SurfaceOutline) =>
    [-360, 0, 360]
      .flatMap((turn) =>
        outline.map(([a, h]) => `<circle cx="${x(a + turn)}" cy="${y(h)}" r="1.6" fill="#600"/>`),
      )
      .join('');
  const { zone } = panel;
  const parts: string[] = [
    `<rect x="0" y="${TOP}" width="${PANEL_W}" height="${plotH}" fill="#fbf6f1" stroke="#999"/>`,
    `<svg x="0" y="${TOP}" width="${PANEL_W}" height="${plotH}" viewBox="0 ${TOP} ${PANEL_W} ${plotH}">`,
  ];
  for (const [a, label] of sides)
    parts.push(
      `<line x1="${x(a)}" x2="${x(a)}" y1="${TOP}" y2="${TOP + plotH}" stroke="#ccc" stroke-dasharray="2 4"/>`,
      `<text x="${x(a) + 3}" y="${TOP + 12}" font-size="11" fill="#777">${label} ${((a % 360) + 360) % 360}°</text>`,
    );
  for (const [h, label] of landmarks)
    parts.push(
      `<line x1="0" x2="${PANEL_W}" y1="${y(h)}" y2="${y(h)}" stroke="#6a8caf" stroke-dasharray="6 4"/>`,
      `<text x="${PANEL_W - 4}" y="${y(h) - 3}" font-size="10" fill="#6a8caf" text-anchor="end">${label}</text>`,
    );
  for (const o of zone.spillover)
    for (const d of outlinePaths(o))
      parts.push(`<path d="${d}" fill="url(#stipple)" ${panel.union ? '' : 'stroke="#e06060"'}/>`);
  for (const o of zone.essential)
    for (const d of outlinePaths(o))
      parts.push(`<path d="${d}" fill="#d42020" ${panel.union ? '' : 'stroke="#900"'}/>`);
  for (const site of painSites)
    for (const [k, patch] of site.patches.entries()) {
      const to = patch.angle[1] < patch.angle[0] ? patch.angle[1] + 360 : patch.angle[1];
      for (const turn of [-360, 0, 360]) {
        const x0 = x(patch.angle[0] + turn);
        parts.push(
          `<rect x="${x0}" y="${y(patch.y[1])}" width="${(to - patch.angle[0]) * PX_PER_DEG}" height="${(patch.y[1] - patch.y[0]) * PX_PER_M}" fill="none" stroke="#555" stroke-opacity="0.45" stroke-width="0.8"/>`,
        );
        if (k === 0)
          parts.push(
            `<text x="${x0 + 3}" y="${y(patch.y[1]) + 11}" font-size="9" fill="#444" opacity="0.8">${site.id}</text>`,
          );
      }
    }
  for (const o of [...zone.essential, ...zone.spillover]) parts.push(controlPoints(o));
  parts.push('</svg>', `<text x="4" y="18" font-size="14" font-weight="bold">${esc(panel.title)}</text>`);
  const sites = zoneSites(zone);
  const lines = [
    `essential: ${sites.essential.join(', ') || '—'}`,
    `spillover: ${sites.spillover.join(', ') || '—'}`,
    ...(zone.beyondModel ? [`beyond the model: ${zone.beyondModel}`] : []),
  ];
  lines.forEach((line, i) =>
    parts.push(
      `<foreignObject x="4" y="${TOP + plotH + 6 + i * 40}" width="${PANEL_W - 8}" height="40"><div xmlns="http://www.w3.org/1999/xhtml" style="font:11px sans-serif">${esc(line)}</div></foreignObject>`,
    ),
  );
  return parts.join('\n');
}

/** One panel per distinct zone (points sharing a zone share a panel), then the whole map. */
function panelsOf(muscle: Muscle): Panel[] {
  const groups: { zone: ReferralZone; labels: string[] }[] = [];
  for (const [i, tp] of muscle.triggerPoints.entries()) {
    const label = tp.label ?? `point ${i + 1}`;
    const group = groups.find((g) => g.zone === tp.zone);
    if (group) group.labels.push(label);
    else groups.push({ zone: tp.zone, labels: [label] });
  }
  const panels: Panel[] = groups.map((g) => ({
    title: `${muscle.name}: ${g.labels.join(', ')}`,
    zone: g.zone,
  }));
  if (groups.length > 1)
    panels.push({
      title: `${muscle.name}: whole map`,
      union: true,
      zone: {
        essential: groups.flatMap((g) => g.zone.essential),
        spillover: groups.flatMap((g) => g.zone.spillover),
      },
    });
  return panels;
}

function page(panels: readonly Panel[], v: View): { html: string; width: number; height: number } {
  const width = panels.length * (PANEL_W + GAP) - GAP;
  const height = panelHeight(v);
  const body = panels
    .map((p, i) => `<g transform="translate(${i * (PANEL_W + GAP)},0)">${panelSvg(p, v)}</g>`)
    .join('\n');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">
<defs><pattern id="stipple" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#f6c9c9"/><circle cx="2.5" cy="2.5" r="1.1" fill="#d42020"/></pattern></defs>
<rect width="100%" height="100%" fill="white"/>
${body}
</svg>`;
  return { html: `<html><body style="margin:0">${svg}</body></html>`, width, height };
}

/** A close-up view: the heights a panel's zones reach, with a margin. */
function closeUp(zone: ReferralZone): View {
  const [, , low, high] = regionBounds([...zone.essential, ...zone.spillover]);
  if (!Number.isFinite(low)) return whole;
  return { yLow: Math.max(whole.yLow, low - 0.08), yHigh: Math.min(whole.yHigh, high + 0.08) };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  // --panels: each panel on its own as well, cropped to the heights its zones reach, for a closer
  // look (a file viewer shrinks a wide chart): <muscle>-<n>.png.
  const panelsToo = args.includes('--panels');
  const wanted = args.filter((a) => !a.startsWith('--'));
  const chosen = wanted.length ? muscles.filter((m) => wanted.includes(m.id)) : muscles;
  const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'output', 'charts');
  mkdirSync(outDir, { recursive: true });
  // A 2D chart needs no GPU (and no WebGL, unlike launch.ts's scene tests).
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const tab = await browser.newPage();
    const shoot = async (panels: readonly Panel[], v: View, file: string) => {
      const { html, width, height } = page(panels, v);
      await tab.setViewportSize({ width: Math.ceil(width), height: Math.ceil(height) });
      await tab.setContent(html);
      writeFileSync(file, await tab.screenshot({ fullPage: true }));
      console.log(file);
    };
    for (const muscle of chosen) {
      if (muscle.triggerPoints.length === 0) continue;
      const panels = panelsOf(muscle);
      await shoot(panels, whole, join(outDir, `${muscle.id}.png`));
      if (panelsToo)
        for (const [i, p] of panels.entries())
          await shoot([p], closeUp(p.zone), join(outDir, `${muscle.id}-${i + 1}.png`));
    }
  } finally {
    await browser.close();
  }
}

await main();
