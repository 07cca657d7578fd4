#!/usr/bin/env node
// Builds a Nest project only when a source is newer than its last successful build, so `npm start`
// on an unchanged checkout starts in seconds. `npm run build` (nest build) always builds.
//   node scripts/build-if-stale.js <nest project | web> [...]
const { spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const root = join(__dirname, '..');
const projects = process.argv.slice(2);
if (!projects.length) {
  console.error('usage: node scripts/build-if-stale.js <nest project | web> [...]');
  process.exit(2);
}

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
function outDir(project) {
  if (project === 'web') return join(root, 'dist', 'web');
  const nest = JSON.parse(readFileSync(join(root, 'nest-cli.json'), 'utf8'));
  const tsconfig = nest.projects[project]?.compilerOptions?.tsConfigPath;
  if (!tsconfig) return undefined;
  const { compilerOptions } = JSON.parse(readFileSync(join(root, tsconfig), 'utf8'));
  return compilerOptions?.outDir && join(root, dirname(tsconfig), compilerOptions.outDir);
}

/** The web app (Vite) depends only on its own folder; a Nest project on every app and library. */
const SOURCES = {
  web: ['apps/web', 'package-lock.json'],
  nest: ['apps', 'libs', 'tsconfig.json', 'nest-cli.json', 'package-lock.json'],
};
const COMMANDS = {
  web: ['vite', ['build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn']],
  nest: (project) => ['nest', ['build', project]],
};

for (const project of projects) {
  const kind = project === 'web' ? 'web' : 'nest';
  /** Written after a successful build; its mtime is the build's time. */
  const stamp = join(root, 'dist', `.built-${project}`);
  const changed = Math.max(...SOURCES[kind].map((source) => newest(join(root, source))));
  let built = 0;
  try {
    built = statSync(stamp).mtimeMs;
  } catch {
    // never built
  }
  const output = outDir(project);
  if (built > changed && (!output || existsSync(output))) {
    console.log(`${project}: up to date, not rebuilt (npm run build rebuilds)`);
    continue;
  }
  console.log(`${project}: sources changed since the last build, building`);
  const [bin, args] = kind === 'web' ? COMMANDS.web : COMMANDS.nest(project);
  const build = spawnSync(join(root, 'node_modules', '.bin', bin), args, { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(stamp, new Date().toISOString() + '\n');
}
