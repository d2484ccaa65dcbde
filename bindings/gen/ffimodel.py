"""The model every binding is generated from: the functions libhttpstatus exports, with their C types.

It reads three sources and insists that they agree:
  - the symbols the built shared library exports (nm -D --defined-only), with their version nodes;
  - the version script lib/libhttpstatus.sym;
  - the prototypes in include/httpstatus.h (one per line, each behind HTTPSTATUS_API).
An export without a prototype, a prototype that is not exported, a symbol the version script does
not list, or a C type outside TYPES stops generation with a message naming the culprit.

Each function is also sorted into a role by its name, so the idiomatic layers can map it generically:
  status_field   httpstatus_status_<field>(const httpstatus_status *)      -> Status property <field>
  method_field   httpstatus_method_<field>(const httpstatus_method *)      -> Method property <field>
  function       anything else (lookups, counts, version, class_of, ...)   -> module-level function
A field or function whose name starts with is_ or may_ and returns int is a flag (true/false).
"""
import os
import re
import subprocess
import sys

# Every C type the bindings know how to carry.  kind: what a binding does with the value.
TYPES = {
    "void": "void",
    "int": "int",
    "size_t": "size",
    "unsigned long": "ulong",
    "const char *": "string",          # returned: borrowed static NUL-terminated string, never NULL
    "char *": "buffer",                # caller-owned output buffer
    "const httpstatus_status *": "status",
    "const httpstatus_method *": "method",
}

PROTO = re.compile(r"^HTTPSTATUS_API\s+(?P<ret>[^()]*?)\s*\b(?P<name>httpstatus_\w+)\((?P<params>[^()]*)\);$")


class GenerationError(Exception):
    pass


def _ctype(text, where):
    t = re.sub(r"\s+", " ", text.strip())
    t = re.sub(r"\s*\*\s*", " *", t).strip()
    if t.endswith("*") and not t.endswith(" *"):
        t = t[:-1].rstrip() + " *"
    if t not in TYPES:
        raise GenerationError(f"{where}: cannot map the C type {t!r} (known: {', '.join(TYPES)})")
    return t


def _param(text, where):
    m = re.match(r"^(?P<type>.*?)(?P<name>\w+)$", text.strip())
    if not m:
        raise GenerationError(f"{where}: cannot read the parameter {text!r}")
    return {"name": m.group("name"), "ctype": _ctype(m.group("type"), where)}


def read_header(path):
    functions = {}
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.startswith("HTTPSTATUS_API"):
                continue
            m = PROTO.match(line)
            if not m:
                raise GenerationError(f"{path}:{lineno}: not a one-line prototype: {line}")
            where = f"{path}:{lineno} ({m.group('name')})"
            params = m.group("params").strip()
            plist = [] if params in ("void", "") else [_param(p, where) for p in params.split(",")]
            functions[m.group("name")] = {"name": m.group("name"), "ret": _ctype(m.group("ret"), where),
                                          "params": plist}
    return functions


def read_version_script(path):
    nodes, node = {}, None
    with open(path, encoding="utf-8") as f:
        text = re.sub(r"/\*.*?\*/", "", f.read(), flags=re.S)
    for line in text.splitlines():
        line = line.strip()
        m = re.match(r"^(\w[\w.]*)\s*\{$", line)
        if m:
            node = m.group(1)
        elif re.match(r"^httpstatus_\w+;$", line):
            nodes[line[:-1]] = node
    return nodes


def read_exports(so_path, nm="nm"):
    out = subprocess.run([nm, "-D", "--defined-only", so_path], check=True, capture_output=True,
                         text=True).stdout
    exports = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] == "T":
            name, _, node = parts[2].partition("@@")
            exports[name] = node.lstrip("@") or None
    return exports


def role_of(fn):
    name, params = fn["name"], fn["params"]
    for kind in ("status", "method"):
        prefix = f"httpstatus_{kind}_"
        if name.startswith(prefix) and len(params) == 1 and TYPES[params[0]["ctype"]] == kind:
            return f"{kind}_field", name[len(prefix):]
    return "function", name[len("httpstatus_"):]


def soname():
    """libhttpstatus.so.N, N being HS_SONAME_MAJOR in lib/Makemodule.am, the one place it is set."""
    top = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    path = os.path.join(top, "lib", "Makemodule.am")
    with open(path, encoding="utf-8") as f:
        m = re.search(r"^HS_SONAME_MAJOR\s*=\s*(\d+)\s*$", f.read(), re.M)
    if not m:
        raise GenerationError(f"{path}: no HS_SONAME_MAJOR = N line to take the SONAME from")
    return f"libhttpstatus.so.{m.group(1)}"


def load(srcdir, so_path, nm="nm"):
    """The exported functions, sorted by name, each a dict: name, ret, params, node, role, field, flag."""
    header = read_header(os.path.join(srcdir, "include", "httpstatus.h"))
    script = read_version_script(os.path.join(srcdir, "lib", "libhttpstatus.sym"))
    exports = read_exports(so_path, nm)
    problems = []
    for name in sorted(set(exports) - set(header)):
        problems.append(f"{name} is exported but the header has no prototype for it")
    for name in sorted(set(header) - set(exports)):
        problems.append(f"{name} is declared in the header but the library does not export it")
    for name in sorted(set(exports) ^ set(script)):
        problems.append(f"{name}: the version script and the exports disagree")
    for name in sorted(set(exports) & set(script)):
        if exports[name] != script[name]:
            problems.append(f"{name}: exported at node {exports[name]}, version script says {script[name]}")
    if problems:
        raise GenerationError("\n".join(problems))
    model = []
    for name in sorted(exports):
        fn = dict(header[name], node=exports[name])
        fn["role"], fn["field"] = role_of(fn)
        fn["flag"] = fn["ret"] == "int" and re.match(r"^(is|may)_", fn["field"]) is not None
        model.append(fn)
    return model


if __name__ == "__main__":
    import json
    try:
        print(json.dumps(load(sys.argv[1], sys.argv[2]), indent=1))
    except GenerationError as e:
        sys.exit(f"ffimodel: {e}")
