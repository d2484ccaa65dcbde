'use strict';
// Shared by the tests: the package under test (this source tree), the C library's own records read
// through the checked raw functions, and the registry CSV files of the source tree.
const fs = require('node:fs');
const path = require('node:path');

const pkg = require('..');

const topSrcdir = process.env.top_srcdir || path.resolve(__dirname, '..', '..', '..');
const dataDir = path.join(topSrcdir, 'data');
const haveData = fs.existsSync(path.join(dataDir, 'statuses.csv'));

// RFC 4180 records with a header line; lines starting with # are comments.
function readCsv(name) {
  const text = fs.readFileSync(path.join(dataDir, name), 'utf8');
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (atLineStart && !quoted && ch === '#') {
      i = text.indexOf('\n', i);
      if (i < 0) break;
      continue;
    }
    atLineStart = false;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atLineStart = true;
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

// What the C library says about a handle, field by field, through the raw layer.
function cFields(fields, handle) {
  const { raw } = pkg;
  const out = {};
  for (const f of fields) {
    let v = raw[f.symbol](handle);
    if (f.flag) v = v !== 0;
    else if (f.via) v = raw[f.via](v);
    out[f.property] = v;
  }
  return out;
}

function cStatuses() {
  const { raw } = pkg;
  const list = [];
  for (let i = 0, n = raw.httpstatus_status_count(); i < n; i++) list.push(raw.httpstatus_status_at(i));
  return list;
}

function cMethods() {
  const { raw } = pkg;
  const list = [];
  for (let i = 0, n = raw.httpstatus_method_count(); i < n; i++) list.push(raw.httpstatus_method_at(i));
  return list;
}

module.exports = { pkg, ffi: require('../lib/ffi.cjs'), readCsv, haveData, dataDir, topSrcdir, cFields, cStatuses, cMethods };
