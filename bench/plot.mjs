// A small grouped bar chart as SVG: for each element and N, the vanilla element and Onward as
// multiples of static HTML (the floor, drawn as the 1.0 line), with the target where there is one.

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function plot(groups, { title }) {
  const width = 860;
  const height = 380;
  const left = 56;
  const bottom = 78;
  const top = 48;
  const chartH = height - top - bottom;
  const max = Math.max(2, ...groups.flatMap((g) => [g.vanilla, g.onward, g.target ?? 0])) * 1.1;
  const y = (v) => top + chartH - (v / max) * chartH;
  const slot = (width - left - 20) / groups.length;
  const bar = Math.min(26, slot / 3);
  const ticks = [];
  for (let v = 0; v <= max; v += 0.5) {
    ticks.push(
      `<line x1="${left}" x2="${width - 20}" y1="${y(v)}" y2="${y(v)}" stroke="#d1d9e0"/>` +
        `<text x="${left - 8}" y="${y(v) + 4}" text-anchor="end">${v.toFixed(1)}×</text>`,
    );
  }
  const bars = groups
    .map((g, i) => {
      const x = left + i * slot + slot / 2;
      const one = (v, dx, fill, name) =>
        `<rect x="${x + dx}" y="${y(v)}" width="${bar}" height="${y(0) - y(v)}" fill="${fill}"><title>${esc(`${g.label}: ${name} ${v.toFixed(2)}×`)}</title></rect>` +
        `<text x="${x + dx + bar / 2}" y="${y(v) - 4}" text-anchor="middle">${v.toFixed(2)}</text>`;
      const target =
        g.target &&
        `<line x1="${x - bar - 4}" x2="${x + bar + 4}" y1="${y(g.target)}" y2="${y(g.target)}" stroke="#b35900" stroke-width="2" stroke-dasharray="4 3"/>`;
      return (
        one(g.vanilla, -bar - 2, '#8c959f', 'vanilla') +
        one(g.onward, 2, '#0b57b8', 'Onward') +
        (target || '') +
        `<text x="${x}" y="${height - bottom + 18}" text-anchor="middle">${esc(g.label.split(' ')[0])}</text>` +
        `<text x="${x}" y="${height - bottom + 33}" text-anchor="middle" fill="#555f6b">${esc(g.label.split(' ').slice(1).join(' '))}</text>`
      );
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="12" fill="#1f2328" role="img" aria-label="${esc(title)}">
<title>${esc(title)}</title>
<rect width="100%" height="100%" fill="#fff"/>
<text x="${left}" y="24" font-size="15" font-weight="600">${esc(title)}</text>
${ticks.join('\n')}
<line x1="${left}" x2="${width - 20}" y1="${y(1)}" y2="${y(1)}" stroke="#1a7434" stroke-width="2"/>
${bars}
<g transform="translate(${left}, ${height - 24})">
<rect width="12" height="12" fill="#8c959f"/><text x="18" y="10">hand-written vanilla element</text>
<rect x="210" width="12" height="12" fill="#0b57b8"/><text x="228" y="10">Onward</text>
<line x1="300" x2="324" y1="6" y2="6" stroke="#b35900" stroke-width="2" stroke-dasharray="4 3"/><text x="330" y="10">target (Onward / static)</text>
<line x1="490" x2="514" y1="6" y2="6" stroke="#1a7434" stroke-width="2"/><text x="520" y="10">static HTML = 1.0×</text>
</g>
</svg>
`;
}
