#!/usr/bin/env python3
"""TAP test of gen/model.py and every gen/emit_*.py, on a small made-up source tree.

The model reads a header, a version script and a libtool version; each emitter must map an accessor
added to them with no edit of its own, and refuse loudly what it cannot map.  The model must name the
missing piece when a function is declared but not exported, exported but not declared, or declared
without its "Since" comment.  Usage: test_generators.py SRCDIR
"""
import importlib
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.join(sys.argv[1], "gen"))
import emitlib  # noqa: E402
import model as api  # noqa: E402

HEADER = """\
#define HTTPSTATUS_VERSION_MAJOR 2
#define HTTPSTATUS_VERSION_MINOR 3
#define HTTPSTATUS_VERSION_MICRO 4
enum httpstatus_class {
	HTTPSTATUS_CLASS_NONE = 0, /* only for a code outside 100..599 */
	HTTPSTATUS_CLASS_SUCCESS = 2 /* 2xx */
};
enum httpstatus_code {
	HTTPSTATUS_OK = 200,
};
/* How many.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API size_t httpstatus_status_count(void);
/* By name.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API const httpstatus_status *httpstatus_status_from_name(const char *name, size_t len);
/* The code.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API int httpstatus_status_code(const httpstatus_status *status);
/* The class.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API int httpstatus_status_class(const httpstatus_status *status);
/* The class name.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API const char *httpstatus_class_name(int status_class);
/* A line.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API int httpstatus_format_status_line(int code, char *buf, size_t size);
/* The token.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API const char *httpstatus_method_name(const httpstatus_method *method);
"""
SCRIPT = """\
HTTPSTATUS_1.0 {
global:
	httpstatus_class_name;
	httpstatus_format_status_line;
	httpstatus_method_name;
	httpstatus_status_class;
	httpstatus_status_code;
	httpstatus_status_count;
	httpstatus_status_from_name;
local:
	*;
};
"""
NEW_DECL = "/* Whether a teapot.  Since HTTPSTATUS_1.1. */\nHTTPSTATUS_API int httpstatus_status_is_teapot(const httpstatus_status *status);\n"
NEW_NODE = "HTTPSTATUS_1.1 {\nglobal:\n\thttpstatus_status_is_teapot;\n} HTTPSTATUS_1.0;\n"
LIBRARY_AM = "HS_LT_CURRENT = 5\nHS_LT_REVISION = 0\nHS_LT_AGE = 2\n"

results = []


def check(description, ok, detail=""):
    results.append((description, bool(ok), detail))


def tree(header=HEADER, script=SCRIPT):
    top = tempfile.mkdtemp(prefix="hs-gen-")
    for rel, text in (("include/httpstatus.h", header), ("lib/libhttpstatus.sym", script),
                      ("lib/Makemodule.am", LIBRARY_AM)):
        os.makedirs(os.path.join(top, os.path.dirname(rel)), exist_ok=True)
        with open(os.path.join(top, rel), "w", encoding="utf-8") as f:
            f.write(text)
    return top


def refusal(header=HEADER, script=SCRIPT):
    try:
        api.load(tree(header, script))
    except api.GenerationError as e:
        return str(e)
    return ""


def emitted(model):
    out = {}
    for name in ("lua", "ruby", "node", "abi", "c", "man"):
        out.update(importlib.import_module("emit_" + name).emit(model))
    return "\n".join(out.values())


# ---- The model ----
base = api.load(tree())
check("the model reads version, SONAME (current - age), enums and status names",
      base["version"] == "2.3.4" and base["soname"] == "libhttpstatus.so.3"
      and base["enums"]["class"]["members"][1] == {"name": "SUCCESS", "value": 2, "doc": "2xx"}
      and base["status_names"] == ["OK"])
by = {fn["name"]: fn for fn in base["functions"]}
check("roles, fields and binding arguments are derived from names and types",
      by["httpstatus_status_code"]["role"] == "status_field" and by["httpstatus_status_code"]["field"] == "code"
      and by["httpstatus_method_name"]["role"] == "method_field"
      and by["httpstatus_status_from_name"]["args"] == [{"name": "name", "kind": "text"}]
      and by["httpstatus_format_status_line"]["output"] is True)
check("the symbols list is what nm -D prints", api.symbols(base)[0] == "HTTPSTATUS_1.0"
      and "httpstatus_status_code@@HTTPSTATUS_1.0" in api.symbols(base))

message = refusal(HEADER + NEW_DECL)
check("declared but not in the version script: named", "httpstatus_status_is_teapot is declared in" in message
      and "does not export it" in message, message)
message = refusal(HEADER, SCRIPT + NEW_NODE)
check("in the version script but not declared: named",
      "httpstatus_status_is_teapot is exported by lib/libhttpstatus.sym" in message
      and "does not declare it" in message, message)
message = refusal(HEADER + NEW_DECL.split("\n", 1)[1], SCRIPT + NEW_NODE)
check("a declaration without its Since comment: named", "httpstatus_status_is_teapot has no comment" in message, message)
message = refusal(HEADER + NEW_DECL.replace("1.1", "1.0"), SCRIPT + NEW_NODE)
check("a Since that is not the function's node: named", "says Since HTTPSTATUS_1.0" in message
      and "exports it at HTTPSTATUS_1.1" in message, message)
message = refusal(HEADER + "/* X.  Since HTTPSTATUS_1.1. */\nHTTPSTATUS_API float httpstatus_status_weight(const httpstatus_status *s);\n",
                  SCRIPT + NEW_NODE.replace("is_teapot", "weight"))
check("an unknown C type: named", "cannot map the C type 'float'" in message, message)
message = refusal(HEADER + "/* X.  Since HTTPSTATUS_1.1. */\nHTTPSTATUS_API int httpstatus_status_put(const char *text);\n",
                  SCRIPT + NEW_NODE.replace("status_is_teapot", "status_put"))
check("a text without its length: refused", "is not followed by a size_t length" in message, message)

# ---- Every emitter maps a new accessor with no edit ----
grown = api.load(tree(HEADER + NEW_DECL, SCRIPT + NEW_NODE))
text = emitted(grown)
check("every emitter carries the new accessor", text.count("httpstatus_status_is_teapot") >= 5)
lua = importlib.import_module("emit_lua").emit(grown)["bindings/lua/httpstatus/api.lua"]
check("lua: a flagged status field in node 1.1",
      "\nstatus_is_teapot httpstatus_status_is_teapot HTTPSTATUS_1.1 status_field is_teapot int true false "
      "status status\n" in lua)
check("lua: its symbol in the list loading checks",
      '"httpstatus_status_is_teapot",' in lua[lua.index("symbols = {"):lua.index("functions = [[")])
ruby = importlib.import_module("emit_ruby").emit(grown)["bindings/ruby/lib/httpstatus/api.rb"]
check("ruby: a flagged status field in node 1.1",
      '{ name: :httpstatus_status_is_teapot, role: :status_field, node: "HTTPSTATUS_1.1", returns: :int, '
      'params: [:status].freeze, param_names: [:status].freeze, field: :is_teapot, flag: true }' in ruby)
node = importlib.import_module("emit_node").emit(grown)
check("node: a boolean property isTeapot, in the data and in the declarations",
      {"field": "is_teapot", "property": "isTeapot", "symbol": "httpstatus_status_is_teapot", "kind": "int",
       "flag": True, "via": None, "type": "boolean"} in json.loads(node["bindings/node/lib/api.json"])["statusFields"]
      and "readonly isTeapot: boolean;" in node["bindings/node/lib/api.d.ts"])
check("node: an enum-valued field gets its string union",
      "export type StatusClass = 'success';" in node["bindings/node/lib/api.d.ts"]
      and "readonly class: StatusClass;" in node["bindings/node/lib/api.d.ts"])
no_only = importlib.import_module("emit_node").emit(api.load(tree(HEADER.replace("only for a code outside 100..599", "no class"))))
check("node: a NONE that records can have (its comment does not say 'only for') is '' in the union",
      "export type StatusClass = '' | 'success';" in no_only["bindings/node/lib/api.d.ts"])
abi = importlib.import_module("emit_abi").emit(grown)["abi/symbols.txt"]
check("abi: the golden list has the new node and symbol",
      "HTTPSTATUS_1.1\n" in abi and "httpstatus_status_is_teapot@@HTTPSTATUS_1.1\n" in abi)
calls = importlib.import_module("emit_c").emit(grown)["tests/api-functions.h"]
names = importlib.import_module("emit_c").emit(grown)["lib/enum-names.h"]
check("c: the names of an enum with a namer, by value, written once from the header",
      'static const char hs_class_names[][8] = {\n\t"", "", "success",\n};' in names, names)
check("c: the no-allocation test calls the new accessor by its shape",
      "HS_FN(httpstatus_status_is_teapot, int, HS_SHAPE_STATUS)" in calls)
check("every generated file starts by saying what made it",
      all(t.split("\n", 1)[0].rstrip(' */",').endswith("run `make regen`.")
          for name in ("lua", "ruby", "node", "abi", "c", "man")
          for t in importlib.import_module("emit_" + name).emit(grown).values()))

# ---- ...and refuses what it cannot map ----
for name, fn in (("lua", {"kind": "buffer"}), ("ruby", {"field": "Bad-Name"}), ("node", {"kind": "buffer"}),
                 ("c", {"args": [{"name": "x", "kind": "ulong"}]})):
    bad = dict(grown, functions=[dict(by["httpstatus_status_code"], **fn)])
    try:
        importlib.import_module("emit_" + name).emit(bad)
        message = ""
    except emitlib.EmitError as e:
        message = str(e)
    check(f"{name}: an unmappable function is refused, naming it",
          message.startswith(f"emit_{name}: httpstatus_status_code"), message)

for n, (description, ok, detail) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {n} - {description}")
    if not ok and detail:
        print("# " + detail.replace("\n", "\n# "))
print(f"1..{len(results)}")
