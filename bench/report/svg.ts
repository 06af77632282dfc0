/** Hand-drawn SVG charts: no dependencies, no network, readable in any browser or on GitHub. */

export interface Bar {
  label: string;
  value: number;
  text: string;
  color: string;
}

export interface Panel {
  title: string;
  bars: Bar[];
  scale: 'log' | 'linear';
}

const px = (value: number) => Math.round(value * 10) / 10;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const LABEL_WIDTH = 220;
const BAR_HEIGHT = 18;
const GAP = 6;
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, sans-serif"';

const panelHeight = (panel: Panel) => 34 + panel.bars.length * (BAR_HEIGHT + GAP) + 10;

const drawPanel = (panel: Panel, top: number, width: number) => {
  const plot = width - LABEL_WIDTH - 150;
  const values = panel.bars.map((bar) => Math.max(bar.value, 0));
  const max = Math.max(...values, 1e-9);
  const min = Math.min(...values.filter((v) => v > 0), max);
  const floor = panel.scale === 'log' ? Math.pow(10, Math.floor(Math.log10(min))) : 0;
  const ceil = panel.scale === 'log' ? Math.pow(10, Math.ceil(Math.log10(max))) : max;
  const length = (value: number) => {
    if (value <= 0) return 0;
    if (panel.scale === 'linear') return (value / ceil) * plot;
    return Math.max(2, ((Math.log10(value) - Math.log10(floor)) / (Math.log10(ceil) - Math.log10(floor) || 1)) * plot);
  };
  const parts = [`<text x="12" y="${top + 20}" font-size="15" font-weight="600" ${FONT}>${escape(panel.title)}</text>`];
  if (panel.scale === 'log') {
    for (let tick = floor; tick <= ceil * 1.0001; tick *= 10) {
      const x = px(LABEL_WIDTH + length(tick));
      parts.push(`<line x1="${x}" y1="${top + 28}" x2="${x}" y2="${top + panelHeight(panel) - 8}" stroke="#ddd"/>`);
      parts.push(
        `<text x="${x}" y="${top + panelHeight(panel) + 2}" font-size="10" fill="#888" text-anchor="middle" ${FONT}>${tick >= 1 ? tick.toLocaleString('en-US') : tick}</text>`
      );
    }
  }
  panel.bars.forEach((bar, i) => {
    const y = top + 30 + i * (BAR_HEIGHT + GAP);
    parts.push(`<text x="${LABEL_WIDTH - 8}" y="${y + 13}" font-size="12" text-anchor="end" ${FONT}>${escape(bar.label)}</text>`);
    parts.push(`<rect x="${LABEL_WIDTH}" y="${y}" width="${length(bar.value).toFixed(1)}" height="${BAR_HEIGHT}" fill="${bar.color}" rx="2"/>`);
    parts.push(`<text x="${px(LABEL_WIDTH + length(bar.value) + 6)}" y="${y + 13}" font-size="12" ${FONT}>${escape(bar.text)}</text>`);
  });
  return parts.join('\n');
};

/** Panels stacked vertically under a title and a subtitle. */
export const renderChart = (title: string, subtitle: string, panels: Panel[], width = 960) => {
  let top = 56;
  const drawn = panels.map((panel) => {
    const svg = drawPanel(panel, top, width);
    top += panelHeight(panel) + 22;
    return svg;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${top}" viewBox="0 0 ${width} ${top}">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="12" y="24" font-size="18" font-weight="700" ${FONT}>${escape(title)}</text>`,
    `<text x="12" y="44" font-size="12" fill="#555" ${FONT}>${escape(subtitle)}</text>`,
    ...drawn,
    '</svg>',
    '',
  ].join('\n');
};

export const COLORS: Record<string, string> = {
  'ours-uncached': '#2563eb',
  'full-page-ballard': '#0d9488',
  'full-page-synthetic': '#14b8a6',
  'reader-feed': '#7c3aed',
  'article-comments': '#a855f7',
  'ours-cached': '#60a5fa',
  'plugin-graphql': '#dc2626',
  'rest-populate': '#f59e0b',
  'bare-node': '#6b7280',
  'ours-trivial': '#a5b4fc',
  'strapi-health': '#d1d5db',
};
