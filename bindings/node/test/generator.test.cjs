'use strict';
// bindings/gen/emit_node.py: a new accessor becomes a property (and a .d.ts member) with no hand edit,
// and a type or kind it cannot carry stops generation with a message.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const fs = require('node:fs');
const { spawnSync } = require('node:child_process');
const { topSrcdir } = require('./helper.cjs');

const genDir = path.join(topSrcdir, 'bindings', 'gen');
const python = process.env.PYTHON3 || 'python3';
const usable = fs.existsSync(path.join(genDir, 'emit_node.py')) &&
  spawnSync(python, ['-c', 'pass']).status === 0;

// Runs emit_node.emit() on a model: one function given as (name, ret, [param C types]).
function emit(functions) {
  const code = `
import json, sys
sys.path.insert(0, ${JSON.stringify(genDir)})
import ffimodel, emit_node
model = []
for name, ret, params in json.loads(sys.argv[1]):
    fn = {"name": name, "ret": ret, "node": "HTTPSTATUS_1.0",
          "params": [{"name": "p%d" % i, "ctype": t} for i, t in enumerate(params)]}
    fn["role"], fn["field"] = ffimodel.role_of(fn)
    fn["flag"] = fn["ret"] == "int" and fn["field"].startswith(("is_", "may_"))
    model.append(fn)
print(json.dumps(emit_node.emit(model)))
`;
  return spawnSync(python, ['-c', code, JSON.stringify(functions)], { encoding: 'utf8' });
}

const S = 'const httpstatus_status *';
const base = [['httpstatus_status_code', 'int', [S]], ['httpstatus_status_name', 'const char *', [S]]];

test('a new status accessor becomes a property with its type', { skip: !usable && 'no python3 or generator' }, () => {
  const r = emit([...base, ['httpstatus_status_retry_hint', 'const char *', [S]],
    ['httpstatus_status_is_final', 'int', [S]], ['httpstatus_status_level', 'int', [S]],
    ['httpstatus_level_name', 'const char *', ['int']]]);
  assert.equal(r.status, 0, r.stderr);
  const files = JSON.parse(r.stdout);
  const ffi = files['bindings/node/lib/ffi.cjs'];
  assert.match(ffi, /property: 'retryHint', symbol: 'httpstatus_status_retry_hint', kind: 'string', flag: false, via: null, type: 'string'/);
  assert.match(ffi, /property: 'isFinal', symbol: 'httpstatus_status_is_final', kind: 'int', flag: true, via: null, type: 'boolean'/);
  assert.match(ffi, /property: 'level', .* via: 'httpstatus_level_name', type: 'string'/);
  const dts = files['bindings/node/index.d.ts'];
  assert.match(dts, /readonly retryHint: string;/);
  assert.match(dts, /readonly isFinal: boolean;/);
  assert.match(dts, /readonly httpstatus_status_retry_hint: \(p0: StatusHandle \| null\) => string;/);
});

for (const [what, functions, message] of [
  ['an unknown C type', [...base, ['httpstatus_status_weight', 'double', [S]]], /cannot carry|no Node mapping|cannot map/],
  ['a returned caller buffer', [...base, ['httpstatus_scratch', 'char *', []]], /a 'buffer' result has no Node mapping/],
  ['a buffer without its size', [...base, ['httpstatus_fill', 'int', ['char *']]], /is not followed by its size/],
  ['a void parameter', [...base, ['httpstatus_odd', 'int', ['void']]], /no Node mapping/],
]) {
  test(`generation stops on ${what}`, { skip: !usable && 'no python3 or generator' }, () => {
    const r = emit(functions);
    assert.notEqual(r.status, 0, `emit() accepted ${what}`);
    assert.match(r.stderr, message);
  });
}
