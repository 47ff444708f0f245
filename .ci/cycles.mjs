// Fails on any import cycle in src/, type-only imports included: a cycle makes the load order of
// the modules in it depend on which one a page imports first.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const files = readdirSync('src', { recursive: true }).filter((f) => f.endsWith('.ts')).map((f) => join('src', f));
const edges = new Map(
  files.map((file) => {
    const source = readFileSync(file, 'utf8');
    const targets = [...source.matchAll(/(?:import|export)[^'"]*?from\s*'(\.[^']+)'|import\s*'(\.[^']+)'/g)]
      .map((m) => normalize(join(dirname(file), (m[1] ?? m[2]).replace(/\.js$/, '.ts'))));
    return [file, targets];
  }),
);
const cycles = [];
const state = new Map();
const visit = (file, path) => {
  if (state.get(file) === 'done') return;
  if (state.get(file) === 'open') {
    cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
    return;
  }
  state.set(file, 'open');
  for (const next of edges.get(file) ?? []) visit(next, [...path, file]);
  state.set(file, 'done');
};
for (const file of files) visit(file, []);
if (cycles.length) {
  console.error(`Import cycles in src/:\n${cycles.join('\n')}`);
  process.exit(1);
}
console.log(`No import cycles in ${files.length} modules.`);
