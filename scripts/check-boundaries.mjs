// `npm test` runs this: the boundaries of .dependency-cruiser.cjs, each violation named by its
// rule, and one more rule that dependency-cruiser cannot state, since it sees files: no cycle
// between the server's modules (dossiers → results → dossiers), however many files it passes.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MODULE = /^packages\/server\/src\/modules\/([^/]+)\//;
const depcruise = fileURLToPath(new URL('../node_modules/.bin/depcruise', import.meta.url));

let result;
try {
  result = JSON.parse(execFileSync(depcruise, ['packages/core/src', 'packages/contract/src', 'packages/server/src', 'packages/web/src', '--output-type', 'json'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }));
} catch (error) {
  // dependency-cruiser exits non-zero when a rule is broken; its report is still on stdout.
  result = JSON.parse(error.stdout);
}

const problems = result.summary.violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`);

// Which module uses which, at run time (imports of types alone are gone by then).
const uses = new Map();
for (const file of result.modules) {
  const from = MODULE.exec(file.source)?.[1];
  if (!from) continue;
  for (const dependency of file.dependencies) {
    const to = MODULE.exec(dependency.resolved)?.[1];
    if (!to || to === from || dependency.dependencyTypes.includes('type-only')) continue;
    if (!uses.has(from)) uses.set(from, new Map());
    if (!uses.get(from).has(to)) uses.get(from).set(to, `${file.source} → ${dependency.resolved}`);
  }
}
/** A path of modules from `start` back to itself, if there is one. */
function cycleFrom(start) {
  const seen = new Set();
  const walk = (module, path) => {
    for (const next of uses.get(module)?.keys() ?? []) {
      if (next === start) return [...path, next];
      if (seen.has(next)) continue;
      seen.add(next);
      const found = walk(next, [...path, next]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(start, [start]);
}
const reported = new Set();
for (const module of [...uses.keys()].sort()) {
  const cycle = cycleFrom(module);
  if (!cycle) continue;
  const key = [...cycle.slice(0, -1)].sort().join(' ');
  if (reported.has(key)) continue;
  reported.add(key);
  const steps = cycle.slice(0, -1).map((from, index) => `    ${uses.get(from).get(cycle[index + 1])}`);
  problems.push(`no-module-cycles: ${cycle.join(' → ')}\n${steps.join('\n')}`);
}

if (problems.length > 0) {
  console.error(`The code crosses ${problems.length} of its boundaries (.dependency-cruiser.cjs, scripts/check-boundaries.mjs):`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(`Boundaries kept: ${result.summary.totalCruised} files, no rule broken, no cycle between modules.`);
