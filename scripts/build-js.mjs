#!/usr/bin/env node
// Compiles the TypeScript CLI into build/js/ (ES modules, one chunk per lazily loaded command; packages stay
// external), so bin/lantern starts without transpiling. Run by `npm run prepare` (at `npm ci`) and before tests;
// bin/lantern falls back to TypeScript through tsx whenever src/ is newer than this build.
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// Pure-JS packages bundled in (with everything they import), because loading their ~200 files one by one costs
// `extract` and `analyze` ~100 ms of module resolution at start; every other package stays external.
const BUNDLED = new Set(['linkedom', 'htmlparser2', '@mozilla/readability']);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build', 'js');
const started = performance.now();
rmSync(out, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/cli/main.ts', 'cpu-worker': 'src/pipeline/cpu-worker.ts' },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  plugins: [bundleOnly(BUNDLED)],
  chunkNames: '[name]-[hash]',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
});
// Written last: bin/lantern trusts the build only when this stamp is newer than every source file.
writeFileSync(join(out, 'built.json'), `${JSON.stringify({ builtAt: new Date().toISOString() })}\n`);
const files = Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js')).length;
console.log(`build-js: ${files} files → build/js (${Math.round(performance.now() - started)} ms)`);

/** Marks every package import external, except those named and whatever they import themselves. */
function bundleOnly(names) {
  return {
    name: 'bundle-only',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith('node:')) return { external: true };
        const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
        const inPackage = args.importer.includes('/node_modules/');
        return inPackage || names.has(name) ? undefined : { external: true };
      });
    },
  };
}
