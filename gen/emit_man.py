"""The manual's install list: doc/man3.am, one section 3 page per function of the model (each page
is hand-written, or a .so link to its group's page; doc/tests/man-coverage.sh checks them) plus the
library's overview page.
"""
import emitlib

NAME = "emit_man"


def emit(model):
    pages = ["doc/man3/libhttpstatus.3"] + [f"doc/man3/{fn['name']}.3" for fn in model["functions"]]
    lines = [emitlib.banner("#", NAME), "dist_man_MANS += \\"]
    lines += [f"\t{p} \\" for p in pages[:-1]] + [f"\t{pages[-1]}", ""]
    return {"doc/man3.am": "\n".join(lines)}
