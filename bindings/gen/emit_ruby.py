"""Ruby emitter: writes the low-level layer of the Ruby binding, an FFI::Library module for the ffi gem.

The output, bindings/ruby/lib/httpstatus/native.rb, holds
  - the loading: the library by its SONAME, or the full path in LIBHTTPSTATUS_PATH;
  - one attach_function per exported function, under its C name;
  - FUNCTIONS (every export with its parameter kinds and names: HTTPStatus::Raw, the checked public
    layer, builds its argument checks from them), STATUS_FIELDS and METHOD_FIELDS (the accessors the
    idiomatic layer turns into methods of HTTPStatus::Status and HTTPStatus::Method, each with its
    flag marker);
  - `private_constant :Native`: the unchecked module is internal to the binding.
A C type, a field kind or a name this emitter has no Ruby mapping for stops generation with a message
naming the function: nothing is guessed.
"""
import os
import re
import sys

OUTPUT = "bindings/ruby/lib/httpstatus/native.rb"

# ffimodel kind -> ffi gem type, for a return value and for a parameter.  A (const char *, size_t) text
# parameter is a :pointer so the idiomatic layer can pass any bytes with their length (NUL bytes too).
RETURN_TYPES = {"void": ":void", "int": ":int", "size": ":size_t", "ulong": ":ulong", "string": ":string",
                "status": ":pointer", "method": ":pointer"}
PARAM_TYPES = {"int": ":int", "size": ":size_t", "ulong": ":ulong", "string": ":pointer",
               "buffer": ":pointer", "status": ":pointer", "method": ":pointer"}
# The kinds a record field may have: the idiomatic layer reads each once per record when it loads.
FIELD_KINDS = {"int", "size", "ulong", "string"}

IDENT = re.compile(r"^[a-z_][a-z0-9_]*$")


class EmitError(Exception):
    pass


def _kinds():
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import ffimodel  # noqa: E402
    return ffimodel.TYPES


def _soname():
    """libhttpstatus.so.N, N being HS_SONAME_MAJOR in lib/Makemodule.am (the one place it is set)."""
    top = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    path = os.path.join(top, "lib", "Makemodule.am")
    with open(path, encoding="utf-8") as f:
        m = re.search(r"^HS_SONAME_MAJOR\s*=\s*(\d+)\s*$", f.read(), re.M)
    if not m:
        raise EmitError(f"{path}: no HS_SONAME_MAJOR = N line to take the SONAME from")
    return f"libhttpstatus.so.{m.group(1)}"


def _map(table, ctype, where, what):
    kind = _kinds().get(ctype)
    if kind not in table:
        raise EmitError(f"{where}: no Ruby ffi mapping for the {what} type {ctype!r} (kind {kind!r})")
    return kind, table[kind]


def _function(fn):
    name = fn["name"]
    if not IDENT.match(name):
        raise EmitError(f"{name}: not a name Ruby can attach")
    ret_kind, ret = _map(RETURN_TYPES, fn["ret"], name, "return")
    params = [_map(PARAM_TYPES, p["ctype"], f"{name}({p['name']})", "parameter") for p in fn["params"]]
    if fn["role"] in ("status_field", "method_field"):
        if ret_kind not in FIELD_KINDS:
            raise EmitError(f"{name}: a record field of kind {ret_kind!r} has no Ruby mapping "
                            f"(known: {', '.join(sorted(FIELD_KINDS))})")
        if fn["flag"] and ret_kind != "int":
            raise EmitError(f"{name}: a flag must return int")
        if not IDENT.match(fn["field"]):
            raise EmitError(f"{name}: the field name {fn['field']!r} is not a Ruby identifier")
    names = [p["name"] for p in fn["params"]]
    for pname in names:
        if not IDENT.match(pname):
            raise EmitError(f"{name}: the parameter name {pname!r} is not a Ruby identifier")
    return ret_kind, ret, [k for k, _ in params], [t for _, t in params], names


def _ruby_list(items):
    return "[" + ", ".join(items) + "]"


def emit(model):
    try:
        return {OUTPUT: _render(model)}
    except EmitError as e:
        sys.exit(f"emit_ruby: {e}")


def _render(model):
    soname = _soname()
    attach, functions, fields = [], [], {"status_field": [], "method_field": []}
    for fn in model:
        ret_kind, ret, param_kinds, param_types, param_names = _function(fn)
        attach.append(f"    attach_function :{fn['name']}, {_ruby_list(param_types)}, {ret}")
        functions.append(f"      {{ name: :{fn['name']}, role: :{fn['role']}, returns: :{ret_kind}, "
                         f"params: {_ruby_list(':' + k for k in param_kinds)}, "
                         f"param_names: {_ruby_list(':' + n for n in param_names)} }}.freeze,")
        if fn["role"] in fields:
            fields[fn["role"]].append(f"      {{ field: :{fn['field']}, function: :{fn['name']}, "
                                      f"kind: :{ret_kind}, flag: {'true' if fn['flag'] else 'false'} }}.freeze,")
    if not fields["status_field"] or not fields["method_field"]:
        raise EmitError("the model has no status or no method accessors")
    nodes = sorted({fn["node"] for fn in model})
    lines = [
        "# frozen_string_literal: true",
        "",
        "# GENERATED by bindings/gen/emit_ruby.py from the functions libhttpstatus exports",
        "# (nm -D, lib/libhttpstatus.sym and include/httpstatus.h).  Do not edit: run",
        "# `make regen-bindings`; `make check` fails when this file differs from what it would write.",
        "",
        'require "ffi"',
        "",
        "module HTTPStatus",
        "  # The C API as it is: one module function per export, under its C name, taking and",
        "  # returning raw values (handles are FFI::Pointer).  Nothing here checks its arguments (a",
        "  # forged pointer or a length beyond the text is used as given), so this module is private:",
        "  # HTTPStatus::Raw is the checked way to call these functions, and HTTPStatus and its",
        "  # classes use this module only with arguments they have checked themselves.",
        "  module Native",
        "    extend FFI::Library",
        "",
        "    # The library is loaded by its SONAME, never the bare .so; LIBHTTPSTATUS_PATH, a full path,",
        "    # overrides that (the test suite points it at the build tree).",
        f'    SONAME = "{soname}"',
        '    PATH = ENV["LIBHTTPSTATUS_PATH"].to_s.empty? ? SONAME : ENV["LIBHTTPSTATUS_PATH"]',
        "    ffi_lib PATH",
        "",
        f"    # Symbol version nodes the functions below come from: {', '.join(nodes)}.",
        *attach,
        "",
        "    # Every export: its C name, role (status_field, method_field or function), return kind and",
        "    # parameter kinds (int, size, ulong, string, buffer, status, method) and names.",
        "    FUNCTIONS = [",
        *functions,
        "    ].freeze",
        "",
        "    # httpstatus_status_<field>(const httpstatus_status *): one per property of a status.",
        "    # flag: an is_*/may_* int that is 0 or 1.",
        "    STATUS_FIELDS = [",
        *fields["status_field"],
        "    ].freeze",
        "",
        "    # httpstatus_method_<field>(const httpstatus_method *): one per property of a method.",
        "    METHOD_FIELDS = [",
        *fields["method_field"],
        "    ].freeze",
        "  end",
        "  private_constant :Native",
        "end",
        "",
    ]
    return "\n".join(lines)
