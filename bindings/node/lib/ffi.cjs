// The bare FFI layer of the Node binding: checks the file it is about to load without blocking, loads
// it, checks once that it is the libhttpstatus this package was generated for, and declares every
// exported function to koffi, from the generated description lib/api.json (gen/emit_node.py writes it
// from the header and the version script).  Nothing here checks an argument: lib/raw.cjs does.
'use strict';

const {
  BigInt, Error, Uint8Array, ObjectCreate, ObjectFreeze, ObjectIsFrozen, ObjectKeys, NumberParseInt,
  NumberPrototypeToString, StringFromCharCode, StringPrototypeIndexOf, StringPrototypePadStart, StringPrototypeSlice,
  JSONStringify, RegExpPrototypeExec, FsCloseSync, FsConstants, FsFstatSync, FsOpenSync, FsReadSync,
  FsStatSync, PathIsAbsolute, PathJoin, ProcessArch, ProcessEnv, ProcessExecPath,
} = require('./primordials.cjs');
const api = require('./api.json');

/** The library is loaded by its SONAME, never by the bare .so name. */
const SONAME = api.soname;
/** When set, this variable holds the full path of the library to load instead (tests use it). */
const PATH_VARIABLE = 'LIBHTTPSTATUS_PATH';
/** The major version of the C library this package was generated for. */
const MAJOR = NumberParseInt(api.version, 10);
/** The code every load error carries. */
const LOAD_ERROR = 'ERR_LIBHTTPSTATUS_LOAD';

function loadError(message, cause) {
  const error = new Error(`libhttpstatus: ${message}`, cause === undefined ? undefined : { __proto__: null, cause });
  error.code = LOAD_ERROR;
  return error;
}

let koffi;
try {
  koffi = require('koffi');
} catch (cause) {
  throw loadError(`cannot load koffi, the package's one dependency (npm install koffi): ${cause.message}`, cause);
}

// ---- The file, checked before the loader sees it -------------------------------------------------
// dlopen() blocks for ever on a FIFO and follows a linker script to whatever it names, so the file is
// looked at first: stat() (after symlinks) must find a regular file, which is then opened with
// O_NONBLOCK (a FIFO swapped in meanwhile cannot block) and must still be a regular file; its ELF
// header must say a shared object (ET_DYN) of this process's class, byte order and machine.

const { O_RDONLY, O_NONBLOCK, O_NOCTTY, S_IFMT, S_IFREG, S_IFDIR, S_IFIFO, S_IFSOCK, S_IFCHR, S_IFBLK } = FsConstants;
const ET_DYN = 3;
const LINKER_SCRIPT = /^\s*(\/\*|INPUT|GROUP|OUTPUT_FORMAT|SEARCH_DIR)/;

function kindOf(mode) {
  switch (mode & S_IFMT) {
    case S_IFREG: return undefined;
    case S_IFDIR: return 'a directory, not a shared library';
    case S_IFIFO: return 'a FIFO (named pipe), not a shared library';
    case S_IFSOCK: return 'a socket, not a shared library';
    case S_IFCHR: case S_IFBLK: return 'a device, not a shared library';
    default: return 'no regular file, not a shared library';
  }
}

// The first bytes of an open file (at most 64, enough for any ELF header's e_type and e_machine).
function head(fd) {
  const bytes = new Uint8Array(64);
  const n = FsReadSync(fd, bytes, 0, 64, 0);
  return { bytes, n };
}

function latin1(bytes, n) {
  let text = '';
  for (let i = 0; i < n; i++) text += StringFromCharCode(bytes[i]);
  return text;
}

// This process's own ELF header (class, byte order, machine), for the comparison.
function ownHeader() {
  const files = ['/proc/self/exe', ProcessExecPath];
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    let fd;
    try {
      fd = FsOpenSync(file, O_RDONLY);
      const { bytes, n } = head(fd);
      if (n >= 20) return bytes;
    } catch {
      // the next one
    } finally {
      if (fd !== undefined) FsCloseSync(fd);
    }
  }
  return undefined;
}

function machineOf(bytes) {
  return bytes[5] === 2 ? bytes[18] * 256 + bytes[19] : bytes[19] * 256 + bytes[18];
}

// undefined when the header is an ELF shared object this process can load; else what the file is.
function judgeHeader(bytes, n) {
  if (n >= 8 && latin1(bytes, 8) === '!<arch>\n') return 'a static archive (.a), not the shared library';
  if (n < 20 || bytes[0] !== 0x7f || bytes[1] !== 0x45 || bytes[2] !== 0x4c || bytes[3] !== 0x46) {
    return RegExpPrototypeExec(LINKER_SCRIPT, latin1(bytes, n)) !== null
      ? 'a linker script, not the shared library it names' : 'not a shared library';
  }
  const own = ownHeader();
  const type = bytes[5] === 2 ? bytes[16] * 256 + bytes[17] : bytes[17] * 256 + bytes[16];
  if (type !== ET_DYN) return 'an ELF file that is no shared library';
  if (own === undefined) return undefined;
  if (bytes[4] !== own[4]) {
    return `a ${bytes[4] === 1 ? 32 : 64}-bit ELF shared library, and this process (${ProcessArch}) is ${own[4] === 1 ? 32 : 64}-bit`;
  }
  if (bytes[5] !== own[5]) return `an ELF shared library of the other byte order than this process (${ProcessArch})`;
  if (machineOf(bytes) !== machineOf(own)) {
    return `an ELF shared library for another machine (e_machine ${machineOf(bytes)}; this process, ${ProcessArch}, is ${machineOf(own)})`;
  }
  return undefined;
}

// Checks the file; returns an open descriptor of it (the caller closes it), or throws the load error.
function checkFile(file, label) {
  const refuse = (what) => loadError(`cannot load ${label}: ${what}; expected ${SONAME}`);
  let stat;
  try {
    stat = FsStatSync(file);
  } catch (error) {
    throw refuse(error.code === 'ENOENT' ? 'it is missing' : `it is unreadable (${error.code || error.message})`);
  }
  const kind = kindOf(stat.mode);
  if (kind !== undefined) throw refuse(`it is ${kind}`);
  let fd;
  try {
    fd = FsOpenSync(file, O_RDONLY | O_NONBLOCK | O_NOCTTY);
    const again = kindOf(FsFstatSync(fd).mode);
    if (again !== undefined) throw refuse(`it is ${again}`);
    const { bytes, n } = head(fd);
    const what = judgeHeader(bytes, n);
    if (what !== undefined) throw refuse(`it is ${what}`);
    return fd;
  } catch (error) {
    if (fd !== undefined) FsCloseSync(fd);
    if (error.code === LOAD_ERROR) throw error;
    throw refuse(`it is unreadable (${error.code || error.message})`);
  }
}

// The file the loader finds for the SONAME in LD_LIBRARY_PATH, if any: the first directory holding
// an entry of that name.  (The system directories are read through ld.so.cache, which ldconfig fills
// with the ELF shared objects it found there.)
function fromLibraryPath() {
  const list = ProcessEnv.LD_LIBRARY_PATH;
  if (typeof list !== 'string') return undefined;
  let start = 0;
  while (start <= list.length) {
    let end = StringPrototypeIndexOf(list, ':', start);
    if (end < 0) end = list.length;
    const dir = StringPrototypeSlice(list, start, end);
    start = end + 1;
    if (dir === '') continue;
    const file = PathJoin(dir, SONAME);
    try {
      FsStatSync(file);
      return file;
    } catch (error) {
      if (error.code !== 'ENOENT' && error.code !== 'ENOTDIR') return file;
    }
  }
  return undefined;
}

// Loads the checked file through its open descriptor (so the loader reads the very file checked),
// or by its path where /proc is not there.
function loadChecked(file, label) {
  const fd = checkFile(file, label);
  try {
    const byFd = `/proc/self/fd/${fd}`;
    let through = file;
    try {
      const a = FsFstatSync(fd);
      const b = FsStatSync(byFd);
      if (a.ino === b.ino && a.dev === b.dev) through = byFd;
    } catch {
      // no /proc: the path itself
    }
    return koffi.load(through);
  } finally {
    FsCloseSync(fd);
  }
}

function open() {
  const override = ProcessEnv[PATH_VARIABLE];
  if (override === undefined || override === '') {
    const found = fromLibraryPath();
    if (found !== undefined) FsCloseSync(checkFile(found, `${SONAME} (LD_LIBRARY_PATH finds ${found})`));
    try {
      return { library: koffi.load(SONAME), libraryPath: SONAME };
    } catch (cause) {
      throw loadError(`cannot load ${SONAME} (install libhttpstatus, or set ${PATH_VARIABLE}): ${cause.message}`, cause);
    }
  }
  if (!PathIsAbsolute(override)) {
    throw loadError(`${PATH_VARIABLE} must be a full path, not ${JSONStringify(override)}`);
  }
  try {
    return { library: loadChecked(override, override), libraryPath: override };
  } catch (cause) {
    if (cause.code === LOAD_ERROR) throw cause;
    throw loadError(`cannot load ${override}: it is a shared library the loader refused; expected ${SONAME} (${cause.message})`, cause);
  }
}

const { library, libraryPath } = open();

// The opaque handles; koffi gives a pointer as a BigInt address, or null for NULL.
const types = {
  __proto__: null,
  int: 'int',
  size: 'size_t',
  ulong: 'unsigned long',
  string: 'const char *',
  buffer: 'char *',
  status: koffi.pointer(koffi.opaque()),
  method: koffi.pointer(koffi.opaque()),
  rule: koffi.pointer(koffi.opaque()),
  void: 'void',
};

/** HTTPSTATUS_NUL_TERMINATED: (size_t)-1, a length meaning "measure the NUL-terminated text". */
const NUL_TERMINATED = (1n << BigInt(8 * koffi.sizeof('size_t'))) - 1n;
/** The range of a C int, for range checks before any call. */
const INT_MAX = 2 ** (8 * koffi.sizeof('int') - 1) - 1;
const INT_MIN = -INT_MAX - 1;

function deepFreeze(value) {
  if (value !== null && typeof value === 'object' && !ObjectIsFrozen(value)) {
    ObjectFreeze(value);
    const keys = ObjectKeys(value);
    for (let i = 0; i < keys.length; i++) deepFreeze(value[keys[i]]);
  }
  return value;
}

// Every function the package declares must be there: a missing one means the file is not
// libhttpstatus, or is an older minor version.  The first one missing is named.  Each entry keeps its
// description from api.json and, as `native`, the koffi function (called unchecked).
const functions = ObjectCreate(null);
const names = ObjectKeys(api.functions);
for (let i = 0; i < names.length; i++) {
  const name = names[i];
  const fn = deepFreeze(api.functions[name]);
  const params = [];
  for (let j = 0; j < fn.params.length; j++) params[j] = types[fn.params[j].kind];
  let native;
  try {
    native = library.func(name, types[fn.result], params);
  } catch (cause) {
    library.unload();
    throw loadError(`${libraryPath} is not libhttpstatus ${MAJOR}.x as this package needs: ` +
      `it lacks ${name} (${fn.node}), so it is ${api.refused}; expected ${SONAME}`, cause);
  }
  functions[name] = ObjectFreeze({ __proto__: null, ...fn, native });
}
ObjectFreeze(functions);

// The library's own version must have the major version this package was generated for.
const found = functions.httpstatus_version_number.native();
if (found >>> 16 !== MAJOR) {
  const text = functions.httpstatus_version.native();
  library.unload();
  throw loadError(`${libraryPath} is libhttpstatus ${text} (0x${StringPrototypePadStart(NumberPrototypeToString(found, 16), 6, '0')}); ` +
    `this package needs major version ${MAJOR} (${SONAME})`);
}

module.exports = ObjectFreeze({
  __proto__: null,
  SONAME, PATH_VARIABLE, LOAD_ERROR, libraryPath, NUL_TERMINATED, INT_MIN, INT_MAX, functions,
  /** The accessors of a status handle, one property each (see lib/api.json). */
  statusFields: deepFreeze(api.statusFields),
  /** The accessors of a method handle, one property each. */
  methodFields: deepFreeze(api.methodFields),
  /** The accessors of a rule handle (1.2), one property each. */
  ruleFields: deepFreeze(api.ruleFields),
  /** The header's enums, by short name: { MEMBER: value }. */
  enums: deepFreeze(api.enums),
});
