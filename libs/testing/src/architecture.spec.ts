import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { preProcessFile } from 'typescript';

// docs/architecture.md's module table and layers.json (the floors eslint enforces) checked against
// the imports of every lib's production code, so neither can drift from the code unnoticed.

const ROOT = resolve(__dirname, '../../..');
const TABLE_HEADER = '| module | what it owns | depends on |';
/** Test code inside a lib (the same files eslint.config.mjs leaves out of the layering). */
const TEST_CODE = /\.(spec|int-spec|e2e-spec|browser-spec)\.ts$|(^|\/)testing(\/|\.ts$)|(^|\/)contract\//;

const libs = readdirSync(join(ROOT, 'libs'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** The @signaalspoor libs a lib's production files import (ESM, dynamic import, require; types too). */
function importsOf(lib: string): string[] {
  const dir = join(ROOT, 'libs', lib);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !TEST_CODE.test(file.split('\\').join('/')))
    .map((file) => join(dir, file));
  const found = new Set<string>();
  for (const file of files) {
    for (const { fileName } of preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      const alias = /^@signaalspoor\/([^/]+)/.exec(fileName);
      // a relative path into another lib counts as importing it
      const path = fileName.startsWith('.')
        ? relative(join(ROOT, 'libs'), resolve(file, '..', fileName))
        : '';
      const other = alias?.[1] ?? (/^([^./][^/]*)\//.exec(path.split('\\').join('/'))?.[1] || undefined);
      if (other && other !== lib) found.add(other);
    }
  }
  return [...found].sort();
}

/** The module table's rows: each `libs/<name>` of a row's first column with its "depends on" entries. */
function table(): Map<string, string[]> {
  const lines = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8').split('\n');
  const start = lines.findIndex((line) => line.trim() === TABLE_HEADER);
  if (start < 0) throw new Error(`docs/architecture.md has no module table (header "${TABLE_HEADER}")`);
  const rows = new Map<string, string[]>();
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const [module, , dependsOn] = line.split('|').slice(1, -1);
    const deps = dependsOn
      .replace(/\([^)]*\)/g, '') // a note in parentheses is prose
      .split(',')
      .map((dep) => dep.trim().replace(/`/g, ''))
      .filter((dep) => dep && dep !== '—');
    for (const [, name] of module.matchAll(/`libs\/([^`/]+)`/g)) {
      if (rows.has(name)) throw new Error(`docs/architecture.md: libs/${name} has two rows`);
      rows.set(name, deps.sort());
    }
  }
  return rows;
}

const floors: string[][] = JSON.parse(readFileSync(join(ROOT, 'layers.json'), 'utf8')).floors.map(
  (floor: { libs: string[] }) => floor.libs,
);
const floorOf = new Map(floors.flatMap((names, floor) => names.map((name) => [name, floor] as const)));

const list = (names: string[]) => (names.length ? names.join(', ') : '—');

describe('the module table of docs/architecture.md and the floors of layers.json', () => {
  it('name every lib in libs/, and nothing else', () => {
    const rows = table();
    const problems = [
      ...libs.filter((lib) => !rows.has(lib)).map((lib) => `libs/${lib}: no row in docs/architecture.md`),
      ...[...rows.keys()]
        .filter((name) => !libs.includes(name))
        .map((name) => `libs/${name}: a row in docs/architecture.md, but no such lib`),
      ...libs.filter((lib) => !floorOf.has(lib)).map((lib) => `libs/${lib}: on no floor of layers.json`),
      ...[...floorOf.keys()]
        .filter((name) => !libs.includes(name))
        .map((name) => `libs/${name}: on a floor of layers.json, but no such lib`),
    ];
    expect(problems).toEqual([]);
  });

  it('say exactly which libs each lib imports, all on floors below its own', () => {
    const rows = table();
    const problems: string[] = [];
    for (const lib of libs) {
      const imported = importsOf(lib);
      const written = rows.get(lib);
      if (written) {
        const unknown = written.filter((name) => !libs.includes(name));
        if (unknown.length) {
          problems.push(
            `libs/${lib}: "depends on" names ${list(unknown)}, not libs (only lib names, comma-separated, or —)`,
          );
        }
        const missing = imported.filter((name) => !written.includes(name));
        const stale = written.filter((name) => libs.includes(name) && !imported.includes(name));
        if (missing.length || stale.length) {
          problems.push(
            `libs/${lib}: "depends on" says ${list(written)}; the code imports ${list(imported)}` +
              (missing.length ? `; add ${list(missing)}` : '') +
              (stale.length ? `; remove ${list(stale)}` : ''),
          );
        }
      }
      const floor = floorOf.get(lib);
      const above = imported.filter(
        (name) => floor !== undefined && !((floorOf.get(name) ?? Infinity) < floor),
      );
      if (above.length)
        problems.push(`libs/${lib}: imports ${list(above)}, not on a floor below its own (layers.json)`);
    }
    expect(problems).toEqual([]);
  });
});
