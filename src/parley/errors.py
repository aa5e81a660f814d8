"""One exception tree. The CLI and web layers turn these into one-line messages."""

from __future__ import annotations


class ParleyError(Exception):
    """Base of every error parley raises on purpose; `str(err)` is a message for users."""


class UsageError(ParleyError):
    """The user asked for something that cannot be done (bad option, unknown id)."""


class InputError(ParleyError):
    """One input cannot be ingested; the run skips it and reports the reason."""


class StoreError(ParleyError):
    """The database cannot be opened, migrated or written."""


class ModelError(ParleyError):
    """No usable spaCy model is installed."""


class DataFileError(ParleyError):
    """A knowledge-base or lexicon file is malformed."""


class ParleyWarning(UserWarning):
    """Warnings parley itself emits (tests turn them into errors)."""
