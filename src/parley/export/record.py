"""The JSON Lines export record: a documented, stable contract (see docs/export-format.md).

Change a key here only together with the documentation; a test keeps the two in step.
"""

from __future__ import annotations

from parley.models import Conflict, Event, Evidence, FieldValue, Participant

EXPORT_FIELDS: tuple[str, ...] = (
    "id",
    "type",
    "cameo",
    "mode",
    "status",
    "date",
    "date_precision",
    "date_basis",
    "date_window",
    "location",
    "participants",
    "source",
    "target",
    "mechanism",
    "topic",
    "articles",
    "mentions",
    "conflicts",
    "support",
    "promises",
    "fulfils",
    "fulfilled_by",
)


def _person(participant: Participant) -> dict[str, object]:
    return {
        "name": participant.name,
        "country": participant.country,
        "office": participant.office,
    }


def _mention(evidence: Evidence) -> dict[str, object]:
    return {
        "article": evidence.article,
        "sentence_index": evidence.sentence_index,
        "sentence": evidence.sentence,
        "start": evidence.start,
        "end": evidence.end,
    }


def _conflict(conflict: Conflict) -> dict[str, object]:
    return {
        "field": conflict.field,
        "values": [{"value": v.value, "articles": list(v.articles)} for v in conflict.values],
    }


def _support(value: FieldValue) -> dict[str, object]:
    return {
        "value": value.value,
        "articles": list(value.articles),
        "inferred": value.inferred,
        "basis": value.basis,
    }


def event_record(event: Event) -> dict[str, object]:
    """The export record of one event: the keys of `EXPORT_FIELDS`, in that order.

    Values are JSON-ready (str, int, bool, None, lists and dicts of those).
    """
    location = event.location
    mechanism = event.mechanism
    record: dict[str, object] = {
        "id": event.id,
        "type": event.type.value,
        "cameo": event.cameo,
        "mode": event.mode,
        "status": event.status.value,
        "date": event.date,
        "date_precision": event.date_precision.value if event.date_precision else None,
        "date_basis": event.date_basis,
        "date_window": list(event.date_window) if event.date_window else None,
        "location": {"name": location.name, "country": location.country} if location else None,
        "participants": [_person(p) for p in event.participants],
        "source": [_person(p) for p in event.source],
        "target": [_person(p) for p in event.target],
        "mechanism": {"name": mechanism.name, "round": mechanism.round} if mechanism else None,
        "topic": event.topic,
        "articles": list(event.articles),
        "mentions": [_mention(evidence) for evidence in event.mentions],
        "conflicts": [_conflict(conflict) for conflict in event.conflicts],
        "support": {
            field: [_support(value) for value in values] for field, values in event.fields.items()
        },
        "promises": list(event.promises),
        "fulfils": event.fulfils,
        "fulfilled_by": event.fulfilled_by,
    }
    return record
