// Lets a plain `node` child process run the TypeScript sources: `node --require <this file> child.ts`.
// Each .ts file is compiled on require with @swc/core (already a dev dependency, and what jest uses),
// with the tsconfig path aliases (@signaalspoor/<lib>) rewritten to relative paths.
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');
const { transformSync } = require('@swc/core');

const root = resolve(__dirname, '../../../..');
const { compilerOptions } = require(resolve(root, 'tsconfig.json'));

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    sourceMaps: 'inline',
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
      baseUrl: resolve(root, compilerOptions.baseUrl ?? '.'),
      paths: compilerOptions.paths,
    },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
