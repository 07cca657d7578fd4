import { fileURLToPath } from 'node:url';
import { constants } from 'node:zlib';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

// Vite 8 compiles TSX itself (Oxc): no React plugin needed. The app is served by the Nest app
// (libs/web) from dist/web; in development `vite` proxies /api to a running `npm start`.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  // Every hashed asset also as .br (quality 11) and .gz (level 9), made once here rather than per
  // request: libs/web serves them with their Content-Encoding (express-static-gzip).
  plugins: [
    compression({
      include: /\.(js|css|svg)$/,
      algorithms: [
        defineAlgorithm('brotliCompress', { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm('gzip', { level: 9 }),
      ],
      threshold: 1024,
      logLevel: 'silent',
    }),
  ],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 400,
    rolldownOptions: {
      // react-query marks its modules "use client" (for React Server Components): harmless here
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/api': process.env.SIGNAALSPOOR_API ?? 'http://localhost:3000' } },
});
