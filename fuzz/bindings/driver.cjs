'use strict';
// The Node binding's side of make fuzz-bindings: reads the queries of fuzz/bindings/fuzz.py on
// standard input, one a line, and prints each answer in the line format of fuzz/bindings/README.md,
// calling the binding as its users do (bindings/node/index.cjs of the source tree; the library is
// LIBHTTPSTATUS_PATH).  A line "." is answered with "." and flushes.  With --threads N it reads every
// line first and answers them from N worker threads at once, printed in order.
const path = require('node:path');
const { Worker, isMainThread, parentPort, workerData } = require('node:worker_threads');
const hs = require(path.join(process.env.top_srcdir, 'bindings', 'node', 'index.cjs'));

const { raw } = hs;
const OPERATIONS = {
  from_code: hs.statusFromCode,
  from_name: hs.statusFromName,
  from_name_ci: hs.statusFromNameIgnoreCase,
  from_phrase: hs.statusFromPhrase,
  method_from_name: hs.methodFromName,
  lookup: hs.lookup,
  class_of: hs.classOf,
  format_status_line: hs.formatStatusLine,
  unofficial: hs.unofficialFromCode,
  check: hs.check,
};
const FLOATS = { nan: NaN, inf: Infinity, '-inf': -Infinity };
const OTHER = { nil: () => null, true: () => true, false: () => false, list: () => [], map: () => ({ key: 'value' }), fn: () => () => 404 };
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

// A text is a JavaScript string, which holds only what UTF-8 decodes to: other bytes are skipped.
class Unrepresentable extends Error {}

function text(hex) {
  try {
    return utf8.decode(Buffer.from(hex, 'hex'));
  } catch {
    throw new Unrepresentable();
  }
}

// Every rule handle, and every rule record, by index (1.2).
const ruleHandles = Array.from({ length: raw.httpstatus_rule_count() }, (_, i) => raw.httpstatus_rule_at(i));
const ruleIndex = new Map(hs.rules.map((r, i) => [r, i]));

// A record or a handle named "s:404" (registered), "u:499" (unofficial), "m:3" (method index) or
// "x:7" (rule index).
function record(spec, handle) {
  const [of, digits] = spec.split(':');
  const n = Number(digits);
  if (of === 'x') return handle ? raw.httpstatus_rule_at(n) : hs.rules[n];
  if (of === 's') return handle ? raw.httpstatus_status_from_code(n) : hs.statusFromCode(n);
  if (of === 'u') return handle ? raw.httpstatus_unofficial_from_code(n) : hs.unofficialFromCode(n);
  return handle ? raw.httpstatus_method_at(n) : hs.methodFromName(raw.httpstatus_method_name(raw.httpstatus_method_at(n)));
}

function value(field) {
  const [, tag, rest] = /^(\w):(.*)$/s.exec(field) ?? [];
  switch (tag) {
    case 'i': return Number(rest);
    case 'f': return FLOATS[rest] ?? Number(rest);
    case 's': return text(rest);
    case 'h': return record(rest, true);
    case 'r': return record(rest, false);
    case 'b': return new Uint8Array(Number(rest));
    default: return field === 'nt' ? raw.NUL_TERMINATED : OTHER[field]();
  }
}

const statusLine = (code, name, state, phrase) => `status:${code}:${name}:${state}:${phrase}`;

function show(got) {
  if (got === undefined || got === null) return 'nil';
  if (Array.isArray(got)) return `rules:${got.map((r) => ruleIndex.get(r)).join(',')}`;
  if (ruleIndex.has(got)) return `rule:${ruleIndex.get(got)}`;
  if (typeof got === 'bigint' && ruleHandles.includes(got)) return `rule:${ruleHandles.indexOf(got)}`;
  if (typeof got === 'object' && 'code' in got) return statusLine(got.code, got.name, got.state, got.phrase);
  if (typeof got === 'object') return `method:${got.name}`;
  if (typeof got === 'bigint') {
    let code;
    try {
      code = raw.httpstatus_status_code(got);
    } catch (e) {
      if (e instanceof TypeError) return `method:${raw.httpstatus_method_name(got)}`;
      throw e;
    }
    return statusLine(code, raw.httpstatus_status_name(got), raw.httpstatus_state_name(raw.httpstatus_status_state(got)),
      raw.httpstatus_status_phrase(got));
  }
  return `value:${got}`;
}

function written(n, buffer) {
  if (buffer === null) return `value:${n}:`;
  const end = buffer.indexOf(0);
  return `value:${n}:${Buffer.from(buffer.subarray(0, end < 0 ? buffer.length : end)).toString('latin1')}`;
}

function answer(line) {
  const [op, ...fields] = line.split('\t');
  if (op.startsWith('cli')) return 'skip';
  try {
    const args = fields.map(value);
    if (!op.startsWith('raw.')) return show(OPERATIONS[op](...args));
    const got = raw[op.slice(4)](...args);
    return op === 'raw.httpstatus_format_status_line' ? written(got, args[1]) : show(got);
  } catch (e) {
    if (e instanceof Unrepresentable) return 'skip';
    if (e instanceof TypeError) return 'type_error';
    if (e instanceof RangeError) return 'range_error';
    return `error:${e && e.name}: ${String(e && e.message).replace(/[\r\n]/g, ' ')}`;
  }
}

function readAll(then) {
  const chunks = [];
  process.stdin.on('data', (c) => chunks.push(c));
  process.stdin.on('end', () => then(Buffer.concat(chunks).toString('latin1').split('\n').filter((l) => l !== '')));
}

function serve() {
  let pending = '';
  let out = [];
  process.stdin.on('data', (chunk) => {
    const lines = (pending + chunk.toString('latin1')).split('\n');
    pending = lines.pop();
    for (const line of lines) {
      if (line !== '.') {
        out.push(answer(line));
        continue;
      }
      out.push('.');
      process.stdout.write(`${out.join('\n')}\n`, 'utf8');
      out = [];
    }
  });
  process.stdin.on('end', () => {
    if (pending !== '') out.push(answer(pending));
    if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`, 'utf8');
  });
}

function threaded(count) {
  readAll(async (lines) => {
    const parts = Array.from({ length: count }, (_, t) => lines.filter((_, i) => i % count === t));
    const answers = await Promise.all(parts.map((part) => new Promise((resolve, reject) => {
      const w = new Worker(__filename, { workerData: part });
      w.once('message', resolve);
      w.once('error', reject);
    })));
    const out = lines.map((_, i) => answers[i % count][Math.floor(i / count)]);
    process.stdout.write(`${out.join('\n')}\n`, 'utf8');
  });
}

if (!isMainThread) parentPort.postMessage(workerData.map(answer));
else if (process.argv[2] === '--threads') threaded(Number(process.argv[3]));
else serve();
