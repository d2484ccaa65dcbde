// The bare FFI layer of the Node binding: loads the library, checks once that it is the libhttpstatus
// this package was generated for, and declares every exported function to koffi, from the generated
// description lib/api.json (gen/emit_node.py writes it from the header and the version script).
// Nothing here checks an argument: lib/raw.cjs does.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const api = require('./api.json');

/** The library is loaded by its SONAME, never by the bare .so name. */
const SONAME = api.soname;
/** When set, this variable holds the full path of the library to load instead (tests use it). */
const PATH_VARIABLE = 'LIBHTTPSTATUS_PATH';
/** The major version of the C library this package was generated for. */
const MAJOR = Number(api.version.split('.')[0]);
/** The code every load error carries. */
const LOAD_ERROR = 'ERR_LIBHTTPSTATUS_LOAD';

function loadError(message, cause) {
  const error = new Error(`libhttpstatus: ${message}`, cause === undefined ? undefined : { cause });
  error.code = LOAD_ERROR;
  return error;
}

let koffi;
try {
  koffi = require('koffi');
} catch (cause) {
  throw loadError(`cannot load koffi, the package's one dependency (npm install koffi): ${cause.message}`, cause);
}

// What a file that dlopen() refused is, for the error: the loader's own message says little.
function whatIs(file) {
  let fd;
  try {
    if (fs.statSync(file).isDirectory()) return 'a directory, not a shared library';
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(64);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    const text = head.toString('latin1', 0, n);
    if (text.startsWith('!<arch>\n')) return 'a static archive (.a), not the shared library';
    if (text.startsWith('\x7fELF')) return head[16] === 3 ? 'a shared library the loader refused' : 'an ELF file that is no shared library';
    if (/^\s*(\/\*|INPUT|GROUP|OUTPUT_FORMAT|SEARCH_DIR)/.test(text)) return 'a linker script, not the shared library it names';
    return 'not a shared library';
  } catch (error) {
    return error.code === 'ENOENT' ? 'missing' : `unreadable (${error.code || error.message})`;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function open() {
  const override = process.env[PATH_VARIABLE];
  if (override === undefined || override === '') {
    try {
      return { library: koffi.load(SONAME), libraryPath: SONAME };
    } catch (cause) {
      throw loadError(`cannot load ${SONAME} (install libhttpstatus, or set ${PATH_VARIABLE}): ${cause.message}`, cause);
    }
  }
  if (!path.isAbsolute(override)) {
    throw loadError(`${PATH_VARIABLE} must be a full path, not ${JSON.stringify(override)}`);
  }
  try {
    return { library: koffi.load(override), libraryPath: override };
  } catch (cause) {
    throw loadError(`cannot load ${override}: it is ${whatIs(override)}; expected ${SONAME} (${cause.message})`, cause);
  }
}

const { library, libraryPath } = open();

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

// Every function the package declares must be there: a missing one means the file is not
// libhttpstatus, or is an older minor version.  The first one missing is named.
const functions = Object.create(null);
for (const name of Object.keys(api.functions)) {
  const fn = api.functions[name];
  let call;
  try {
    call = library.func(name, types[fn.result], fn.params.map((p) => types[p.kind]));
  } catch (cause) {
    library.unload();
    throw loadError(`${libraryPath} is not libhttpstatus ${MAJOR}.x as this package needs: ` +
      `it lacks ${name} (${fn.node}), so it is ${api.refused}; expected ${SONAME}`, cause);
  }
  functions[name] = Object.freeze({ ...deepFreeze(fn), call });
}
Object.freeze(functions);

// The library's own version must have the major version this package was generated for.
const found = functions.httpstatus_version_number.call();
if (found >>> 16 !== MAJOR) {
  const text = functions.httpstatus_version.call();
  library.unload();
  throw loadError(`${libraryPath} is libhttpstatus ${text} (0x${found.toString(16).padStart(6, '0')}); ` +
    `this package needs major version ${MAJOR} (${SONAME})`);
}

module.exports = {
  SONAME, PATH_VARIABLE, LOAD_ERROR, libraryPath, NUL_TERMINATED, INT_MIN, INT_MAX, functions,
  /** The accessors of a status handle, one property each (see lib/api.json). */
  statusFields: deepFreeze(api.statusFields),
  /** The accessors of a method handle, one property each. */
  methodFields: deepFreeze(api.methodFields),
  /** The header's enums, by short name: { MEMBER: value }. */
  enums: deepFreeze(api.enums),
};
