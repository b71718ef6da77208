// Peer for Sitrep's temporal tagger: chrono-node 2.10.3 (npm) run on the documents of a manifest,
// writing `date` mentions in the format of ../shared/spec/mentions.md so that score_timex.py scores
// both the same way. chrono resolves each expression to an instant; the TIMEX3-ish value keeps only
// the precision chrono knows: a clock time (TIME, "YYYY-MM-DDTHH:MM") when the hour is certain, a day
// when the day or the weekday is certain or the expression is relative ("yesterday", "3 days ago"),
// else a month, else a year. Each document is read against its publication date (noon UTC).
// chrono has no durations, sets or PRESENT_REF/PAST_REF/FUTURE_REF.
//
// usage: node chrono.mjs MANIFEST.jsonl OUT.jsonl
//   (cd bench/peers && npm ci) first. Prints documents per second (recognition only, reading and
//   writing excluded) to standard error.
import fs from 'node:fs';
import path from 'node:path';
import * as chrono from 'chrono-node';

const [manifest, out] = process.argv.slice(2);
if (!manifest || !out) {
  console.error('usage: node chrono.mjs MANIFEST.jsonl OUT.jsonl');
  process.exit(2);
}

const base = path.dirname(path.resolve(manifest));
const docs = fs.readFileSync(manifest, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const texts = docs.map((d) => (d.text !== undefined ? d.text : fs.readFileSync(path.resolve(base, d.path), 'utf8')));
const pad = (n, w = 2) => String(n).padStart(w, '0');

function value(components) {
  const y = pad(components.get('year'), 4);
  const m = pad(components.get('month'));
  const d = pad(components.get('day'));
  if (components.isCertain('hour')) {
    return { type: 'TIME', value: `${y}-${m}-${d}T${pad(components.get('hour'))}:${pad(components.get('minute') ?? 0)}` };
  }
  const relative = !components.isCertain('year') && !components.isCertain('month') && !components.isCertain('day');
  if (components.isCertain('day') || components.isCertain('weekday') || relative) {
    return { type: 'DATE', value: `${y}-${m}-${d}` };
  }
  if (components.isCertain('month')) {
    return { type: 'DATE', value: `${y}-${m}` };
  }
  return { type: 'DATE', value: y };
}

const records = [];
const started = process.hrtime.bigint();
docs.forEach((d, i) => {
  const text = texts[i];
  const reference = d.published ? new Date(`${d.published}T12:00:00Z`) : new Date('2000-01-01T12:00:00Z');
  const mentions = [];
  for (const r of chrono.parse(text, { instant: reference, timezone: 'UTC' })) {
    const start = r.index;
    const end = r.index + r.text.length;
    mentions.push({ layer: 'date', start, end, text: r.text, ...value(r.start) });
  }
  records.push({ doc: d.doc || path.basename(d.path), published: d.published || null, text_length: text.length, mentions });
});
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

fs.writeFileSync(out, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.error(`chrono-node 2.10.3: ${docs.length} documents in ${seconds.toFixed(3)} s, ${(docs.length / seconds).toFixed(1)} documents/s`);
