// Peer for Sitrep's quantity recogniser: compromise 14.17.0 (npm) run on the documents of a manifest,
// writing mentions in the format of ../shared/spec/mentions.md so that score_quantities.py scores both
// the same way.
//
// usage: node compromise.mjs MANIFEST.jsonl OUT.jsonl
//   (cd bench/peers && npm install) first. Prints documents per second (recognition only, reading and
//   writing excluded) to standard error.
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';

const [manifest, out] = process.argv.slice(2);
if (!manifest || !out) {
  console.error('usage: node compromise.mjs MANIFEST.jsonl OUT.jsonl');
  process.exit(2);
}

const base = path.dirname(path.resolve(manifest));
const docs = fs.readFileSync(manifest, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const texts = docs.map((d) => (d.text !== undefined ? d.text : fs.readFileSync(path.resolve(base, d.path), 'utf8')));

const records = [];
const started = process.hrtime.bigint();
docs.forEach((d, i) => {
  const text = texts[i];
  const mentions = [];
  for (const n of nlp(text).numbers().json({ offset: true })) {
    const terms = n.terms || [];
    if (!terms.length || !n.number) continue;
    const first = terms[0].offset;
    const last = terms[terms.length - 1].offset;
    const start = first.start;
    const end = last.start + last.length;
    const num = typeof n.number.num === 'number' && Number.isFinite(n.number.num) ? n.number.num : null;
    mentions.push({
      layer: 'quantity', start, end, text: text.slice(start, end),
      low: num, high: num, approx: false, unit: n.number.unit === 'percent' ? 'percent' : (n.number.unit || null),
    });
  }
  records.push({ doc: d.doc || path.basename(d.path), published: d.published || null, text_length: text.length, mentions });
});
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

fs.writeFileSync(out, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.error(`compromise ${nlp.version}: ${docs.length} documents in ${seconds.toFixed(3)} s, ${(docs.length / seconds).toFixed(1)} documents/s`);
