"""The Ruby binding's generated constants: bindings/ruby/lib/httpstatus/api.rb.

It defines HTTPStatus::API with the version, the SONAME, FUNCTIONS (every export with its role, node,
result kind, C parameter kinds and names, field and flag marker) and ENUMS (the header's enums).
bindings/ruby/lib/httpstatus/native.rb attaches the functions from it; raw.rb checks arguments by
the parameter kinds.
"""
import re

import emitlib

OUTPUT = "bindings/ruby/lib/httpstatus/api.rb"
NAME = "emit_ruby"
# The C-level kinds Ruby's native layer knows (a text is a string pointer and a size, an output a
# buffer pointer and a size).
KINDS = {"void", "int", "size", "ulong", "string", "buffer", "status", "method", "rule"}
FIELD_KINDS = {"int", "size", "ulong", "string"}
IDENT = re.compile(r"^[a-z_][a-z0-9_]*$")


def symbols(items):
    return "[" + ", ".join(f":{i}" for i in items) + "].freeze"


def function_row(fn):
    name = fn["name"]
    for kind in [fn["kind"]] + [p["kind"] for p in fn["params"]]:
        if kind not in KINDS:
            emitlib.refuse(NAME, f"{name}: no Ruby mapping for the kind {kind!r}; teach gen/{NAME}.py")
    for ident in [name, fn["field"]] + [p["name"] for p in fn["params"]]:
        if not IDENT.match(ident):
            emitlib.refuse(NAME, f"{name}: {ident!r} is not a Ruby identifier")
    if fn["role"] != "function" and fn["kind"] not in FIELD_KINDS:
        emitlib.refuse(NAME, f"{name}: a record field of kind {fn['kind']!r} has no Ruby mapping")
    return (f"      {{ name: :{name}, role: :{fn['role']}, node: \"{fn['node']}\", returns: :{fn['kind']}, "
            f"params: {symbols(p['kind'] for p in fn['params'])}, "
            f"param_names: {symbols(p['name'] for p in fn['params'])}, "
            f"field: :{fn['field']}, flag: {str(fn['flag']).lower()} }}.freeze,")


def emit(model):
    lines = [emitlib.banner("#", NAME), "# frozen_string_literal: true", "",
             "module HTTPStatus", "  # The shape of the C API, as data.", "  module API",
             f"    VERSION = \"{model['version']}\"", f"    SONAME = \"{model['soname']}\"",
             "    # Why a library without one of the functions below is refused.",
             f"    REFUSED = \"{emitlib.refused(model)}\"", "",
             "    FUNCTIONS = ["]
    lines += [function_row(fn) for fn in model["functions"]]
    lines += ["  ].freeze", "", "    ENUMS = {"]
    for name, enum in model["enums"].items():
        members = ", ".join(f"{m['name']}: {m['value']}" for m in enum["members"])
        lines.append(f"      {name}: {{ {members} }}.freeze,")
    lines += ["    }.freeze", "  end", "  private_constant :API", "end", ""]
    return {OUTPUT: "\n".join(lines)}
