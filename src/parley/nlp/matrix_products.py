"""The model's matrix products, computed by numpy's OpenBLAS instead of thinc's BLIS.

thinc multiplies matrices with the BLIS library bundled in the `blis` wheel. That build
carries kernels for a few processors only (Haswell, Sandy Bridge, Zen 2) and runs portable C
code on every other one: on an AMD Zen 3 or Zen 4 (the 2-core benchmark machine) a product
takes three times as long as numpy's. thinc's own `NumpyOps(use_blis=False)` multiplies with
numpy instead; the models' annotations stayed identical token by token (tags, lemmas,
dependencies, entities) on every sentence of the development corpora and 2,000 generated
articles, and the whole pipeline ran a third faster.

OpenBLAS would use every core for one large product, which makes a process faster only by
taking the cores other workers need: it is held to one thread, and where that cannot be done
(no OpenBLAS found, or not Linux) the model keeps BLIS.
"""

from __future__ import annotations

import ctypes
import logging
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

# How OpenBLAS builds name their thread setting: plain, and as numpy's wheels export it.
_SET_THREADS = (
    "openblas_set_num_threads",
    "scipy_openblas_set_num_threads64_",
    "scipy_openblas_set_num_threads",
    "openblas_set_num_threads64_",
)


def use_numpy_matrix_products(nlp: Any) -> bool:
    """Give every model of the pipeline numpy's matrix products; False if it keeps BLIS."""
    import numpy  # noqa: F401  (loads the OpenBLAS that numpy's products use)
    from thinc.api import NumpyOps

    if not _one_openblas_thread():
        return False
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if isinstance(node.ops, NumpyOps):
                node.ops = ops
    return True


def _one_openblas_thread() -> bool:
    """Hold every OpenBLAS loaded in this process to one thread; False if none was found."""
    found = False
    for library in _loaded_openblas():
        try:
            handle = ctypes.CDLL(library)
        except OSError:
            continue
        for name in _SET_THREADS:
            setter = getattr(handle, name, None)
            if setter is not None:
                setter(ctypes.c_int(1))
                found = True
                break
    if not found:
        log.debug("no OpenBLAS found: the model keeps thinc's BLIS")
    return found


def _loaded_openblas() -> list[str]:
    """Paths of the OpenBLAS libraries mapped into this process (Linux only)."""
    try:
        maps = Path("/proc/self/maps").read_text()
    except OSError:
        return []
    paths = {line.split(maxsplit=5)[-1] for line in maps.splitlines() if "openblas" in line}
    return sorted(p for p in paths if p.startswith("/"))
