#!/usr/bin/env node
// Builds a Nest project only when a source is newer than its last successful build, so `npm start`
// on an unchanged checkout starts in seconds. `npm run build` (nest build) always builds.
//   node scripts/build-if-stale.js <nest project>
const { spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const root = join(__dirname, '..');
const project = process.argv[2];
if (!project) {
  console.error('usage: node scripts/build-if-stale.js <nest project>');
  process.exit(2);
}
/** Written after a successful build; its mtime is the build's time. */
const stamp = join(root, 'dist', `.built-${project}`);

/** Newest mtime (ms) under `path`, skipping node_modules and dist. */
function newest(path) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let latest = stats.mtimeMs; // a deleted file changes its directory
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

/** The project's output directory, from its tsconfig (absent when dist was cleaned by hand). */
function outDir() {
  const nest = JSON.parse(readFileSync(join(root, 'nest-cli.json'), 'utf8'));
  const tsconfig = nest.projects[project]?.compilerOptions?.tsConfigPath;
  if (!tsconfig) return undefined;
  const { compilerOptions } = JSON.parse(readFileSync(join(root, tsconfig), 'utf8'));
  return compilerOptions?.outDir && join(root, dirname(tsconfig), compilerOptions.outDir);
}

const sources = ['apps', 'libs', 'tsconfig.json', 'nest-cli.json', 'package-lock.json'];
const changed = Math.max(...sources.map((source) => newest(join(root, source))));
let built = 0;
try {
  built = statSync(stamp).mtimeMs;
} catch {
  // never built
}
const output = outDir();
if (built > changed && (!output || existsSync(output))) {
  console.log(`${project}: up to date, not rebuilt (npm run build rebuilds)`);
  process.exit(0);
}
console.log(`${project}: sources changed since the last build, building`);
const build = spawnSync(join(root, 'node_modules', '.bin', 'nest'), ['build', project], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(stamp, new Date().toISOString() + '\n');
