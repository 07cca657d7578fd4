// Three tiers by file suffix: *.spec.ts (unit, no I/O), *.int-spec.ts (real infrastructure),
// *.e2e-spec.ts (through HTTP). Tests sit next to the code they test.
const { compilerOptions } = require('./tsconfig.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

// Packages published as ES modules only: jest (CommonJS) gets them compiled like our own code: feed
// (the Atom feeds), file-type (content sniffing of uploads) and its dependencies.
const ESM_ONLY = [
  'feed',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  'uint8array-extras',
  '@borewit',
];
const swcJs = [
  '@swc/jest',
  { jsc: { target: 'es2022', parser: { syntax: 'ecmascript' } }, module: { type: 'commonjs' } },
];

// Suites that need infrastructure the project cannot start by itself are named by suffix and run
// only when their variable is set. SIGNAALSPOOR_REQUIRE_INFRA (comma-separated names, set by
// .ci/run) turns a skip into a failure, so CI never passes with such a suite silently skipped.
const INFRA = [
  {
    name: 'kafka',
    suffix: 'kafka',
    env: 'KAFKA_BROKERS',
    how: 'start one with infra/kafka/kafka.sh start',
  },
  {
    name: 'esdb',
    suffix: 'esdb',
    env: 'ESDB_CONNECTION_STRING',
    how: 'needs a running EventStoreDB/KurrentDB',
  },
  {
    name: 'postgres',
    suffix: null,
    env: 'DATABASE_URL',
    how: 'the embedded PostgreSQL still runs every PostgreSQL suite',
  },
];
const required = (process.env.SIGNAALSPOOR_REQUIRE_INFRA ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const unknown = required.filter((name) => name !== 'browser' && !INFRA.some((infra) => infra.name === name));
if (unknown.length) throw new Error(`SIGNAALSPOOR_REQUIRE_INFRA: unknown ${unknown.join(', ')}`);
const skipped = [];
for (const infra of INFRA) {
  if (process.env[infra.env]) continue;
  if (required.includes(infra.name)) {
    throw new Error(
      `${infra.name} suites are required (SIGNAALSPOOR_REQUIRE_INFRA) but ${infra.env} is not set`,
    );
  }
  if (infra.suffix) skipped.push(`\\.${infra.suffix}\\.(int|e2e)-spec\\.ts$`);
  if (!process.env.JEST_WORKER_ID) {
    console.warn(
      `[signaalspoor] ${infra.env} not set: ${infra.suffix ? `skipping *.${infra.suffix}.int-spec.ts / *.${infra.suffix}.e2e-spec.ts suites` : 'DATABASE_URL runs skipped'} (${infra.how})`,
    );
  }
}

// Browser suites (*.browser-spec.ts) drive Debian's chromium (CHROMIUM_PATH, default /usr/bin/chromium).
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!require('node:fs').existsSync(chromium)) {
  if (required.includes('browser')) {
    throw new Error(
      `browser suites are required (SIGNAALSPOOR_REQUIRE_INFRA) but ${chromium} does not exist`,
    );
  }
  skipped.push('\\.browser-spec\\.ts$');
  if (!process.env.JEST_WORKER_ID) {
    console.warn(
      `[signaalspoor] ${chromium} not found: skipping *.browser-spec.ts (apt-get install chromium)`,
    );
  }
}

const base = {
  rootDir: __dirname,
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/infra'],
  transform: { '^.+\\.ts$': swc, [`/node_modules/(${ESM_ONLY.join('|')})/.+\\.js$`]: swcJs },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'json'],
  // file-type exports no `require` condition, so its entry is named here
  moduleNameMapper: { ...moduleNameMapper, '^file-type$': '<rootDir>/node_modules/file-type/index.js' },
  testEnvironment: 'node',
  testPathIgnorePatterns: ['/node_modules/', '/dist/', ...skipped],
};

module.exports = {
  // unit tests are fast; the limit is for the infrastructure tiers
  testTimeout: 120000,
  // one worker more than cores, not jest's one fewer: most suites wait on PostgreSQL, Chromium and
  // timers, so on 2 cores 3 workers keep both busy (npm test 566 s with 1 worker, 231 s with 3)
  maxWorkers: require('node:os').availableParallelism() + 1,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['**/*.spec.ts'] },
    {
      ...base,
      displayName: 'int',
      testMatch: ['**/*.int-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
    },
    {
      ...base,
      displayName: 'browser',
      testMatch: ['**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/libs/web/src/testing/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
    },
  ],
};
