#!/usr/bin/env python3
"""The model of libhttpstatus's API, read from the sources alone (no built library needed).

Sources, and what each one says:
  include/httpstatus.h     the version (HTTPSTATUS_VERSION_*), the enums, and every function: a
                           one-line prototype behind HTTPSTATUS_API, right below its comment, which
                           ends with "Since HTTPSTATUS_<node>."
  lib/libhttpstatus.sym    the version node each function is exported at
  lib/Makemodule.am        the libtool version-info, hence the SONAME major (current - age)

load() checks that they agree and stops with GenerationError naming each problem: a function the
header declares but the version script does not list (or the reverse), a "Since" that is not the
function's node, a prototype without its comment, a C type outside TYPES.

Every list of functions or enums in the tree derives from this model (gen/generate.py writes them);
tests/exports.sh compares it with what the built library really exports.

Command line:  model.py SRCDIR [--json | --functions | --nodes | --symbols | --version | --soname]
(--nodes: "name NODE" per function)
"""
import json
import os
import re
import sys

# Every C type the API uses, and its kind: what a generated declaration does with the value.
TYPES = {
    "void": "void",
    "int": "int",
    "size_t": "size",
    "unsigned long": "ulong",
    "const char *": "string",          # returned: borrowed static NUL-terminated string, never NULL
    "char *": "buffer",                # caller-owned output buffer
    "const httpstatus_status *": "status",
    "const httpstatus_method *": "method",
    "const httpstatus_rule *": "rule",
}

HEADER = os.path.join("include", "httpstatus.h")
SCRIPT = os.path.join("lib", "libhttpstatus.sym")
LIBRARY_AM = os.path.join("lib", "Makemodule.am")

PROTO = re.compile(r"^HTTPSTATUS_API\s+(?P<ret>[^()]*?)\s*\b(?P<name>httpstatus_\w+)\((?P<params>[^()]*)\);$")
SINCE = re.compile(r"\s*Since (HTTPSTATUS_[0-9.]+)\.\s*$")


class GenerationError(Exception):
    pass


def ctype(text, where):
    t = re.sub(r"\s+", " ", text.strip())
    t = re.sub(r"\s*\*\s*", " *", t).strip()
    if t not in TYPES:
        raise GenerationError(f"{where}: cannot map the C type {t!r} (known: {', '.join(TYPES)})")
    return t


def param(text, where):
    m = re.match(r"^(?P<type>.*?)(?P<name>\w+)$", text.strip())
    if not m:
        raise GenerationError(f"{where}: cannot read the parameter {text!r}")
    t = ctype(m.group("type"), where)
    return {"name": m.group("name"), "ctype": t, "kind": TYPES[t]}


def comment_above(lines, i):
    """The comment block that ends on the line above lines[i], as one line of text, or None."""
    j = i - 1
    if j < 0 or not lines[j].rstrip().endswith("*/"):
        return None
    block = []
    while j >= 0:
        block.insert(0, lines[j])
        if lines[j].lstrip().startswith("/*"):
            break
        j -= 1
    text = " ".join(re.sub(r"^\s*(/\*+|\*+/?)\s?", "", ln).replace("*/", "").strip() for ln in block)
    return re.sub(r"\s+", " ", text).strip()


def read_header(path):
    """(functions in header order, enums, status constant names, version)."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = text.splitlines()
    functions, problems = [], []
    for i, line in enumerate(lines):
        if not line.startswith("HTTPSTATUS_API"):
            continue
        where = f"{HEADER}:{i + 1}"
        m = PROTO.match(line)
        if not m:
            raise GenerationError(f"{where}: not a one-line prototype: {line}")
        name = m.group("name")
        where += f" ({name})"
        doc = comment_above(lines, i)
        since = SINCE.search(doc or "")
        if not since:
            problems.append(f"{where}: {name} has no comment above it ending in \"Since HTTPSTATUS_<node>.\"")
            continue
        params = m.group("params").strip()
        plist = [] if params in ("void", "") else [param(p, where) for p in params.split(",")]
        ret = ctype(m.group("ret"), where)
        functions.append({"name": name, "ret": ret, "kind": TYPES[ret], "params": plist,
                          "since": since.group(1), "doc": doc[:since.start()].strip()})
    enums, status_names = read_enums(text, problems)
    version = []
    for part in ("MAJOR", "MINOR", "MICRO"):
        m = re.search(rf"^#define HTTPSTATUS_VERSION_{part} (\d+)$", text, re.M)
        if not m:
            problems.append(f"{HEADER}: no #define HTTPSTATUS_VERSION_{part} N")
        else:
            version.append(m.group(1))
    if problems:
        raise GenerationError("\n".join(problems))
    return functions, enums, status_names, ".".join(version)


def read_enums(text, problems):
    """The header's enums, {name: {prefix, members: [{name, value, doc}]}} (gen/gen-tables.py reads the
    spellings from here too), and the status constants' names; each problem is appended to PROBLEMS."""
    enums, status_names = {}, []
    for ename, body in re.findall(r"enum httpstatus_(\w+) \{(.*?)\};", text, re.S):
        if ename == "code":  # the status constants, generated from data/: only their names are kept
            status_names = re.findall(r"HTTPSTATUS_(\w+)\s*=", body)
            continue
        members = re.findall(r"HTTPSTATUS_(\w+)\s*=\s*(\d+),?[ \t]*(?:/\*\s*(.*?)\s*\*/)?", body)
        if not members:
            problems.append(f"{HEADER}: enum httpstatus_{ename} has no members of the form HTTPSTATUS_X = N")
            continue
        # The members' common prefix, up to an underscore: CLASS_, FOLLOW_.
        prefix = os.path.commonprefix([m[0] for m in members])
        prefix = prefix[:prefix.rfind("_") + 1]
        if not prefix or any(m[0] == prefix for m in members):
            problems.append(f"{HEADER}: enum httpstatus_{ename}: its members share no prefix ending in _")
        enums[ename] = {"prefix": prefix,
                        "members": [{"name": m[len(prefix):], "value": int(v), "doc": c} for m, v, c in members]}
    return enums, status_names


def read_version_script(path):
    """({function: node}, [nodes in order])."""
    with open(path, encoding="utf-8") as f:
        text = re.sub(r"/\*.*?\*/", "", f.read(), flags=re.S)
    nodes, order, node = {}, [], None
    for line in text.splitlines():
        line = line.strip()
        m = re.match(r"^(HTTPSTATUS_[0-9.]+)\s*\{$", line)
        if m:
            node = m.group(1)
            order.append(node)
        elif re.match(r"^httpstatus_\w+;$", line):
            nodes[line[:-1]] = node
    return nodes, order


def read_soname_major(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    values = {}
    for part in ("CURRENT", "AGE"):
        m = re.search(rf"^HS_LT_{part}\s*=\s*(\d+)\s*$", text, re.M)
        if not m:
            raise GenerationError(f"{LIBRARY_AM}: no HS_LT_{part} = N line")
        values[part] = int(m.group(1))
    return values["CURRENT"] - values["AGE"]


def role_of(fn):
    """status_field / method_field / rule_field (an accessor of one handle) or function, and the short name."""
    name, params = fn["name"], fn["params"]
    for kind in ("status", "method", "rule"):
        prefix = f"httpstatus_{kind}_"
        if name.startswith(prefix) and len(params) == 1 and params[0]["kind"] == kind:
            return f"{kind}_field", name[len(prefix):]
    return "function", name[len("httpstatus_"):]


def binding_args(fn):
    """What a binding's caller passes: fn's parameters with each (const char *, size_t) pair read as
    one "text" argument and a trailing (char *, size_t) pair, in a function returning int, as the
    output the binding allocates itself ("output": True).  Any other use of a pointer or buffer is
    refused, since no binding could pass it safely."""
    name, params = fn["name"], fn["params"]
    args, output, i = [], False, 0
    while i < len(params):
        p, nxt = params[i], params[i + 1]["kind"] if i + 1 < len(params) else None
        if p["kind"] == "string":
            if nxt != "size":
                raise GenerationError(f"{name}: text parameter {p['name']!r} is not followed by a size_t length")
            args.append({"name": p["name"], "kind": "text"})
            i += 2
        elif p["kind"] == "buffer":
            if nxt != "size" or output or fn["kind"] != "int" or i + 2 != len(params):
                raise GenerationError(f"{name}: an output buffer must be the last (char *, size_t) pair "
                                      "of a function returning int (snprintf-style)")
            output = True
            i += 2
        elif p["kind"] in ("int", "size", "status", "method", "rule"):
            args.append({"name": p["name"], "kind": p["kind"]})
            i += 1
        else:
            raise GenerationError(f"{name}: a parameter of kind {p['kind']!r} cannot be passed")
    if fn["kind"] == "buffer":
        raise GenerationError(f"{name}: returns a caller buffer, which no binding can carry")
    return args, output


def load(srcdir):
    """The model: a dict with version, soname, nodes, enums and functions (sorted by name)."""
    functions, enums, status_names, version = read_header(os.path.join(srcdir, HEADER))
    script, order = read_version_script(os.path.join(srcdir, SCRIPT))
    declared = {fn["name"]: fn for fn in functions}
    problems = []
    for name in sorted(set(script) - set(declared)):
        problems.append(f"{name} is exported by {SCRIPT} ({script[name]}) but {HEADER} does not declare it")
    for fn in functions:
        if fn["name"] not in script:
            problems.append(f"{fn['name']} is declared in {HEADER} (Since {fn['since']}) "
                            f"but {SCRIPT} does not export it: add it to node {fn['since']}")
        elif script[fn["name"]] != fn["since"]:
            problems.append(f"{fn['name']}: {HEADER} says Since {fn['since']}, {SCRIPT} exports it at {script[fn['name']]}")
    if len(declared) != len(functions):
        problems.append(f"{HEADER} declares a function twice")
    if problems:
        raise GenerationError("\n".join(problems))
    header_order = {fn["name"]: i for i, fn in enumerate(functions)}
    out = []
    for fn in sorted(functions, key=lambda f: f["name"]):
        fn = dict(fn, node=script[fn["name"]], order=header_order[fn["name"]])
        fn["role"], fn["field"] = role_of(fn)
        fn["flag"] = fn["ret"] == "int" and re.match(r"^(is|may)_", fn["field"]) is not None
        fn["args"], fn["output"] = binding_args(fn)
        out.append(fn)
    major = read_soname_major(os.path.join(srcdir, LIBRARY_AM))
    return {"version": version, "soname": f"libhttpstatus.so.{major}", "nodes": order,
            "enums": enums, "status_names": status_names, "functions": out}


def symbols(model):
    """The exports as `nm -D --defined-only` spells them: name@@NODE, and each node (its own symbol)."""
    lines = [f"{fn['name']}@@{fn['node']}" for fn in model["functions"]]
    lines += model["nodes"]
    return sorted(lines)


def main(argv):
    if len(argv) != 2 or argv[1] not in ("--json", "--functions", "--nodes", "--symbols", "--version", "--soname"):
        sys.exit(__doc__)
    try:
        model = load(argv[0])
    except GenerationError as e:
        sys.exit(f"model: {e}")
    what = argv[1]
    if what == "--json":
        print(json.dumps(model, indent=1))
    elif what == "--functions":
        print("\n".join(fn["name"] for fn in model["functions"]))
    elif what == "--nodes":
        print("\n".join(f"{fn['name']} {fn['node']}" for fn in model["functions"]))
    elif what == "--symbols":
        print("\n".join(symbols(model)))
    else:
        print(model[what[2:]])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
