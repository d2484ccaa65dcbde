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

// Each child prints the CPU time it used up to its first answer (process.cpuUsage(): user + system,
// bootstrap included), which a busy machine disturbs far less than the wall time, also kept.
const REPORT = ';const u = process.cpuUsage(); process.stdout.write(String(u.user + u.system));';
const wall = cases.map(() => []);
const cpu = cases.map(() => []);
for (let run = 0; run < RUNS; run++) {
  cases.forEach(([label, script], i) => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['-e', script + REPORT], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`${label}: node exited with ${r.status}`);
    wall[i].push(ms);
    cpu[i].push(Number(r.stdout) / 1000);
  });
}

const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];
const wallMs = wall.map(median);
const cpuMs = cpu.map(median);
console.log(`Start-up to the first answer, node ${process.version}, median of ${RUNS} interleaved runs:`);
console.log(`  ${''.padEnd(30)} ${'CPU ms'.padStart(8)} ${'adds'.padStart(7)} ${'wall ms'.padStart(9)} ${'adds'.padStart(7)}`);
cases.forEach(([label], i) => {
  const add = (list) => (i === 0 ? '' : (list[i] - list[0]).toFixed(1)).padStart(7);
  console.log(`  ${label.padEnd(30)} ${cpuMs[i].toFixed(1).padStart(8)} ${add(cpuMs)} ${wallMs[i].toFixed(1).padStart(9)} ${add(wallMs)}`);
});
const ours = cpuMs[3] - cpuMs[0];
const theirs = cpuMs[2] - cpuMs[0];
const ratio = ours / theirs;
console.log(`libhttpstatus adds ${ratio.toFixed(2)}x the CPU time statuses adds (target <= ${TARGET}x): ` +
  `${ratio <= TARGET ? 'met' : 'NOT met'}; koffi alone adds ${(cpuMs[1] - cpuMs[0]).toFixed(1)} ms of it`);
