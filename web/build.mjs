// Builds the dashboard into one directory of static files that `detente serve`
// serves: index.html, assets/app.js, assets/app.css. Everything is bundled (the
// page loads nothing from elsewhere, and the server's CSP allows no inline
// script).
//   node build.mjs [OUTDIR]        (or DETENTE_WEB_OUT=OUTDIR; default: dist)
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] || process.env.DETENTE_WEB_OUT || join(here, 'dist'));
const cameoTsv = join(here, '..', 'data', 'events', 'cameo.tsv');

// CAMEO event names from the repository's ontology table (data/events/cameo.tsv),
// bundled as a module so the page can name every code.
function cameoNames() {
  const names = {};
  let header = null;
  for (const line of readFileSync(cameoTsv, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (!header) { header = cols; continue; }
    const code = cols[header.indexOf('code')], name = cols[header.indexOf('name')];
    if (code && name) names[code] = name;
  }
  if (Object.keys(names).length < 20) throw new Error(`${cameoTsv}: no CAMEO names read`);
  return names;
}

const cameoPlugin = {
  name: 'cameo-names',
  setup(build) {
    build.onResolve({ filter: /^virtual:cameo-names$/ }, () => ({ path: 'cameo-names', namespace: 'cameo' }));
    build.onLoad({ filter: /.*/, namespace: 'cameo' }, () => ({
      contents: `export default ${JSON.stringify(cameoNames())};`,
      loader: 'js',
      watchFiles: [cameoTsv],
    }));
  },
};

rmSync(join(out, 'assets'), { recursive: true, force: true });
mkdirSync(join(out, 'assets'), { recursive: true });
const result = await esbuild.build({
  entryPoints: { app: join(here, 'src', 'main.js') },
  bundle: true,
  format: 'esm',
  target: ['chrome100', 'firefox100', 'safari15'],
  minify: process.env.DETENTE_WEB_MINIFY !== '0',
  sourcemap: 'linked',
  outdir: join(out, 'assets'),
  loader: { '.css': 'css' },
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
  plugins: [cameoPlugin],
});
writeFileSync(join(out, 'index.html'), readFileSync(join(here, 'src', 'index.html')));
let total = 0;
for (const f of Object.keys(result.metafile.outputs)) {
  if (!f.endsWith('.map')) total += statSync(f).size;
}
console.log(`dashboard built into ${out} (${(total / 1024).toFixed(1)} KiB of js/css)`);
