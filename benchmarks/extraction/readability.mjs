// Mozilla Readability.js (with jsdom, as its README recommends for Node) over the ScrapingHub pages:
// pages per second on one thread, parse included, the same work the Java benchmark measures.
//   npm install && node readability.mjs <set dir | folder of *.html[.gz]> [rounds] [--out predictions.json]
import { readFileSync, readdirSync, existsSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadavg, cpus } from 'node:os';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args.splice(outAt, 2)[1] : null;
let dir = args[0] ?? '../../../shared/eval/extraction/scrapinghub-dev';
const rounds = Number(args[1] ?? 3);
if (existsSync(join(dir, 'html')) && statSync(join(dir, 'html')).isDirectory()) dir = join(dir, 'html');

const pages = readdirSync(dir).filter((f) => f.endsWith('.html') || f.endsWith('.html.gz')).sort().map((f) => {
  const bytes = readFileSync(join(dir, f));
  return { id: f.replace(/\.html(\.gz)?$/, ''), html: (f.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8') };
});
const quiet = new VirtualConsole();

function extract(page) {
  const dom = new JSDOM(page.html, { url: 'https://example.org/article', virtualConsole: quiet });
  const article = new Readability(dom.window.document).parse();
  dom.window.close();
  return article;
}

// Warm-up round (JIT), then timed rounds.
const predictions = {};
for (const page of pages) predictions[page.id] = { articleBody: extract(page)?.textContent ?? '' };
if (out) writeFileSync(out, JSON.stringify(predictions));
const load = loadavg()[0];
const start = process.hrtime.bigint();
for (let r = 0; r < rounds; r++) for (const page of pages) extract(page);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const rate = (pages.length * rounds) / seconds;
console.log(`readability.js: ${rate.toFixed(1)} pages/s (${pages.length} pages x ${rounds} rounds in ${seconds.toFixed(1)} s, one thread, node ${process.version})`);
console.log(`load average (1 min) before ${load.toFixed(2)}, after ${loadavg()[0].toFixed(2)} on ${cpus().length} cores`);
