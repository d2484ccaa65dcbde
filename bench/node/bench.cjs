'use strict';
// The Node benchmark: lookups through the libhttpstatus binding next to Node's own table
// (require('http').STATUS_CODES[code]), the npm `statuses` package and a plain Map, in one process.
// Prints ns/op (median of several samples) and the ratio of each lookup to its baseline.
// Run by bench/run.sh: node bench/node/bench.cjs TOP_SRCDIR, with LIBHTTPSTATUS_PATH set and
// `npm ci` done in bench/node.  BENCH_SHORT=1 is the quick mode.  Figures, not a test.

const path = require('node:path');
const http = require('node:http');

const top = process.argv[2] || path.join(__dirname, '..', '..');
const hs = require(path.join(top, 'bindings', 'node', 'index.cjs'));
const statuses = require('statuses');

const short = !['', '0', undefined].includes(process.env.BENCH_SHORT);
const REPEATS = short ? 3 : 15;
const SAMPLE_NS = short ? 2e6 : 20e6;
const INPUTS = 4096;

// ---- Inputs: every key, drawn at random with a fixed seed --------------------------------------

let seed = 0x9e3779b9;
function rand(n) { // 0..n-1, xorshift32
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed % n;
}
function scramble(s) {
  return s.replace(/[A-Za-z]/g, (c) => (rand(2) ? c.toUpperCase() : c.toLowerCase()));
}

const names = hs.statuses.map((s) => s.name).concat(hs.aliases.filter((a) => a.kind === 'name').map((a) => a.text));
const phrases = hs.statuses.map((s) => s.phrase)
  .concat(hs.aliases.filter((a) => a.kind === 'phrase').map((a) => a.text));
// Node's table has the codes Node knows; the comparison uses codes both know.
const codes = hs.statuses.map((s) => s.code).filter((c) => http.STATUS_CODES[c] !== undefined &&
  statuses.message[c] !== undefined);
// Phrases the statuses package knows, for its message -> code table.
const sharedPhrases = phrases.filter((p) => statuses.code[p.toLowerCase()] !== undefined);

const ownByName = new Map(names.map((n) => [n, hs.statusFromName(n)]));
const ownByLowerName = new Map(names.map((n) => [n.toLowerCase(), hs.statusFromName(n)]));
const ownByCode = new Map(hs.statuses.map((s) => [s.code, s]));

const pick = (list) => list[rand(list.length)];
const codeIn = Array.from({ length: INPUTS }, () => pick(codes));
const nameIn = Array.from({ length: INPUTS }, () => pick(names));
const nameCiIn = Array.from({ length: INPUTS }, () => scramble(pick(names)));
const phraseIn = Array.from({ length: INPUTS }, () => scramble(pick(sharedPhrases)));

// ---- The operations ------------------------------------------------------------------------------
// Each loop is compiled from its own source text, so V8 gives every lookup its own, monomorphic
// (and inlinable) call site, as in a program that makes one kind of lookup in one place.

function loop(expr) {
  // eslint-disable-next-line no-new-func
  return new Function('ctx', 'inputs', 'n', `
    let hits = 0;
    for (let i = 0; i < n; i++) {
      const x = inputs[i & ${INPUTS - 1}];
      if ((${expr}) !== undefined) hits++;
    }
    return hits;`);
}

const ctx = { http, statuses, hs, ownByName, ownByLowerName, ownByCode, raw: hs.raw };
const rows = [
  ['b', "require('http').STATUS_CODES[code]", codeIn, loop('ctx.http.STATUS_CODES[x]')],
  ['b', 'statuses.message[code] (npm statuses)', codeIn, loop('ctx.statuses.message[x]')],
  ['b', 'Map#get(code)', codeIn, loop('ctx.ownByCode.get(x)')],
  [' ', 'hs.statusFromCode(code)', codeIn, loop('ctx.hs.statusFromCode(x)')],
  [' ', 'raw FFI httpstatus_status_from_code(code)', codeIn, loop('ctx.raw.httpstatus_status_from_code(x) ?? undefined')],
  ['b', 'Map#get(name)', nameIn, loop('ctx.ownByName.get(x)')],
  [' ', 'hs.statusFromName(name)', nameIn, loop('ctx.hs.statusFromName(x)')],
  ['b', 'Map#get(name.toLowerCase()) (mixed case)', nameCiIn, loop('ctx.ownByLowerName.get(x.toLowerCase())')],
  [' ', 'hs.statusFromNameIgnoreCase(name) (mixed case)', nameCiIn, loop('ctx.hs.statusFromNameIgnoreCase(x)')],
  ['b', 'statuses.code[phrase.toLowerCase()] (npm)', phraseIn, loop('ctx.statuses.code[x.toLowerCase()]')],
  [' ', 'hs.statusFromPhrase(phrase) (mixed case)', phraseIn, loop('ctx.hs.statusFromPhrase(x)')],
];
// [operation, baseline, target ratio or 0]
const comparisons = [[3, 0, 2], [3, 1, 2], [3, 2, 0], [4, 0, 0], [6, 5, 2], [8, 7, 2], [10, 9, 2]];

function timeRow(row, n) {
  const t0 = process.hrtime.bigint();
  const hits = row[3](ctx, row[2], n);
  const t = Number(process.hrtime.bigint() - t0);
  if (hits !== n) throw new Error(`bench: ${row[1]} found ${hits} of ${n} keys`);
  return t;
}

for (const row of rows) {
  for (let k = 0; k < 5; k++) timeRow(row, 200000); // let V8 optimise the loop
  let n = 1024;
  let t = timeRow(row, n);
  while (t < SAMPLE_NS / 8) {
    n *= 2;
    t = timeRow(row, n);
  }
  row.iters = Math.ceil((n * SAMPLE_NS) / Math.max(t, 1));
  row.samples = [];
}
for (let k = 0; k < REPEATS; k++) {
  for (const row of rows) row.samples.push(timeRow(row, row.iters) / row.iters);
}

const pad = (s, n) => String(s).padEnd(n);
const num = (x) => x.toFixed(2).padStart(8);
console.log(`Node ${process.version} benchmark${short ? ' (short mode)' : ''}: ${REPEATS} samples per row, median; ` +
  `inputs rotate through ${codes.length} codes, ${names.length} names, ${sharedPhrases.length} phrases`);
console.log(`${pad('operation (b: a baseline)', 52)} ${'ns/op'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)}`);
for (const row of rows) {
  row.samples.sort((a, b) => a - b);
  row.median = row.samples[REPEATS >> 1];
  console.log(`${row[0]} ${pad(row[1], 50)} ${num(row.median)} ${num(row.samples[0])} ${num(row.samples[REPEATS - 1])}`);
}
console.log(`\n${pad('operation', 50)} ${pad('against the baseline', 44)} ${'ratio'.padStart(7)}  target`);
for (const [o, b, target] of comparisons) {
  const x = rows[o].median / rows[b].median;
  const verdict = target ? `<= ${target}x: ${x <= target ? 'met' : 'MISSED'}` : '';
  console.log(`${pad(rows[o][1], 50)} ${pad(rows[b][1], 44)} ${(x.toFixed(2) + 'x').padStart(7)}  ${verdict}`);
}
