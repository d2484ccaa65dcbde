'use strict';
// The start-up cost of the Node binding: the time from starting node to the first answer, for a bare
// node, node loading koffi alone, node loading the npm `statuses` package and answering one lookup,
// and node loading libhttpstatus and answering lookup(404).  Each is run many times, interleaved (so a
// busy machine slows all alike), and the median is kept; the added time is the median minus the
// bare start.  The target (issue: start-up cost) is that libhttpstatus adds at most 1.5 times what
// `statuses` adds.  Run by bench/run.sh: node bench/node/startup.cjs TOP_SRCDIR, with
// LIBHTTPSTATUS_PATH set and `npm ci` done in bench/node and bindings/node.  Figures, not a test.
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const top = path.resolve(process.argv[2] || path.join(__dirname, '..', '..'));
const binding = path.join(top, 'bindings', 'node');
const koffi = require.resolve('koffi', { paths: [binding] });
const statuses = require.resolve('statuses', { paths: [__dirname] });
const short = !['', '0', undefined].includes(process.env.BENCH_SHORT);
const RUNS = short ? 11 : 41;
const TARGET = 1.5;

const cases = [
  ['bare node', '0'],
  ['koffi alone', `require(${JSON.stringify(koffi)})`],
  ['statuses + one lookup', `require(${JSON.stringify(statuses)}).message[404]`],
  ['libhttpstatus + lookup(404)', `if (require(${JSON.stringify(binding)}).lookup(404).code !== 404) process.exit(1)`],
];

const times = cases.map(() => []);
for (let run = 0; run < RUNS; run++) {
  cases.forEach(([label, script], i) => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'inherit'] });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`${label}: node exited with ${r.status}`);
    times[i].push(ms);
  });
}

const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];
const medians = times.map(median);
const bare = medians[0];
console.log(`Start-up to the first answer, node ${process.version}, median of ${RUNS} interleaved runs:`);
cases.forEach(([label], i) => {
  const added = i === 0 ? '' : `  adds ${(medians[i] - bare).toFixed(1).padStart(5)} ms`;
  console.log(`  ${label.padEnd(30)} ${medians[i].toFixed(1).padStart(6)} ms${added}`);
});
const ours = medians[3] - bare;
const theirs = medians[2] - bare;
const ratio = ours / theirs;
console.log(`libhttpstatus adds ${ratio.toFixed(2)}x what statuses adds (target <= ${TARGET}x): ${ratio <= TARGET ? 'met' : 'NOT met'}`);
