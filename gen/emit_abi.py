"""The golden list of exports: abi/symbols.txt, every function as name@@NODE and every node, sorted,
as `nm -D --defined-only` prints them (tests/exports.sh compares the built library with the model).
"""
import emitlib
import model as api

NAME = "emit_abi"


def emit(model):
    return {"abi/symbols.txt": emitlib.banner("#", NAME) + "\n" + "\n".join(api.symbols(model)) + "\n"}
