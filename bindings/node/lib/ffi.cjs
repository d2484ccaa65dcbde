// The bare FFI layer of the Node binding: loads the library and declares every exported function to
// koffi, from the generated description lib/api.json (gen/emit_node.py writes it from the header and
// the version script).  Nothing here checks an argument: lib/raw.cjs does.
'use strict';

const path = require('node:path');
const koffi = require('koffi');
const api = require('./api.json');

/** The library is loaded by its SONAME, never by the bare .so name. */
const SONAME = api.soname;
/** When set, this variable holds the full path of the library to load instead (tests use it). */
const PATH_VARIABLE = 'LIBHTTPSTATUS_PATH';

function load() {
  const override = process.env[PATH_VARIABLE];
  let target = SONAME;
  if (override !== undefined && override !== '') {
    if (!path.isAbsolute(override)) {
      throw new Error(`libhttpstatus: ${PATH_VARIABLE} must be a full path, not ${JSON.stringify(override)}`);
    }
    target = override;
  }
  try {
    return { library: koffi.load(target), libraryPath: target };
  } catch (cause) {
    const where = target === SONAME ? `${SONAME} (install libhttpstatus, or set ${PATH_VARIABLE})` : target;
    throw new Error(`libhttpstatus: cannot load ${where}: ${cause.message}`, { cause });
  }
}

const { library, libraryPath } = load();

// The opaque handles; koffi gives a pointer as a BigInt address, or null for NULL.
const types = {
  int: 'int',
  size: 'size_t',
  ulong: 'unsigned long',
  string: 'const char *',
  buffer: 'char *',
  status: koffi.pointer(koffi.opaque()),
  method: koffi.pointer(koffi.opaque()),
  void: 'void',
};

/** HTTPSTATUS_NUL_TERMINATED: (size_t)-1, a length meaning "measure the NUL-terminated text". */
const NUL_TERMINATED = (1n << BigInt(8 * koffi.sizeof('size_t'))) - 1n;
/** The range of a C int, for range checks before any call. */
const INT_MAX = 2 ** (8 * koffi.sizeof('int') - 1) - 1;
const INT_MIN = -INT_MAX - 1;

function deepFreeze(value) {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Every exported function, by symbol: the version node, its role, the kinds of its result and
 * parameters, and `call`, the bare koffi function.  A bare call checks nothing: a number where a
 * pointer goes crashes the process and integers are truncated, so reach these through the checked
 * `raw` functions of the package instead.
 */
const functions = {};
for (const [name, fn] of Object.entries(api.functions)) {
  const call = library.func(name, types[fn.result], fn.params.map((p) => types[p.kind]));
  functions[name] = Object.freeze({ ...deepFreeze(fn), call });
}
Object.freeze(functions);

module.exports = {
  SONAME, PATH_VARIABLE, libraryPath, NUL_TERMINATED, INT_MIN, INT_MAX, functions,
  /** The accessors of a status handle, one property each (see lib/api.json). */
  statusFields: deepFreeze(api.statusFields),
  /** The accessors of a method handle, one property each. */
  methodFields: deepFreeze(api.methodFields),
  /** The header's enums, by short name: { MEMBER: value }. */
  enums: deepFreeze(api.enums),
};
