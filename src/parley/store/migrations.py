"""The SQLite schema as an ordered list of migrations.

Kept as Python string constants rather than `.sql` package data so the schema ships with the
code without a package-data glob. Each script runs in one transaction together with the bump of
`PRAGMA user_version`, so a database is always at exactly one known version. Append new
migrations; never edit one that has shipped.
"""

from __future__ import annotations

from typing import NamedTuple


class Migration(NamedTuple):
    version: int
    name: str
    sql: str


_INITIAL = """
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    title TEXT,
    outlet TEXT,
    url TEXT,
    published TEXT,
    published_basis TEXT,
    dateline_place TEXT,
    dateline_date TEXT,
    source_path TEXT,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);

CREATE TABLE mentions (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    status TEXT NOT NULL,
    sentence_index INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX mentions_by_article ON mentions(article_id, sentence_index, id);

CREATE TABLE events (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    status TEXT NOT NULL,
    date TEXT,
    date_precision TEXT,
    -- First and last day the (possibly partial) date covers, for range filters.
    date_start TEXT,
    date_end TEXT,
    mechanism_key TEXT,
    mechanism_name TEXT,
    mechanism_round INTEGER,
    mechanism_fold TEXT,
    location TEXT,
    conflict_count INTEGER NOT NULL DEFAULT 0,
    data TEXT NOT NULL
);
CREATE INDEX events_by_date ON events(date, id);
CREATE INDEX events_by_type ON events(type);
CREATE INDEX events_by_status ON events(status);
CREATE INDEX events_by_span ON events(date_start, date_end);
CREATE INDEX events_by_mechanism ON events(mechanism_key);

-- Event links carry no foreign key to articles: events are rebuilt wholesale from mentions
-- and must not block (or be cascaded by) an article being replaced in between.
CREATE TABLE event_participants (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    position INTEGER NOT NULL,
    actor_key TEXT NOT NULL,
    kb_id TEXT,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    country TEXT,
    office TEXT,
    -- Case-folded name and key: case-insensitive matching that behaves the same beyond ASCII.
    name_fold TEXT NOT NULL,
    key_fold TEXT NOT NULL,
    PRIMARY KEY (event_id, role, position)
);
CREATE INDEX event_participants_by_key ON event_participants(actor_key);
CREATE INDEX event_participants_by_country ON event_participants(country);
CREATE INDEX event_participants_by_kb_id ON event_participants(kb_id);

CREATE TABLE event_articles (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL,
    PRIMARY KEY (event_id, article_id)
);
CREATE INDEX event_articles_by_article ON event_articles(article_id);

-- Searchable text of an event: its topic and every quoted sentence, case-folded.
CREATE TABLE event_texts (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    text_fold TEXT NOT NULL
);
CREATE INDEX event_texts_by_event ON event_texts(event_id);

CREATE VIRTUAL TABLE article_search USING fts5(article_id UNINDEXED, title, text);
"""

# Incremental reconciliation: which blocks (type, status and actor pair, see
# `parley.reconcile.merge`) each mention falls in, which mentions each event holds, and what a
# deleted mention leaves to be redone. Mentions written before this migration are "unblocked"
# and are reconciled again the next time reconciliation runs.
_RECONCILE_INDEX = """
ALTER TABLE mentions ADD COLUMN blocked INTEGER NOT NULL DEFAULT 0;
CREATE INDEX mentions_unblocked ON mentions(id) WHERE blocked = 0;

CREATE TABLE mention_blocks (
    block_key TEXT NOT NULL,
    mention_id TEXT NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
    PRIMARY KEY (block_key, mention_id)
) WITHOUT ROWID;
CREATE INDEX mention_blocks_by_mention ON mention_blocks(mention_id, block_key);

-- An AGREE mention announcing a planned one (mention.promises); no foreign key so a promise
-- outlives the planned mention's article being replaced, which is what makes it stale.
CREATE TABLE mention_promises (
    mention_id TEXT NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
    promised_id TEXT NOT NULL,
    PRIMARY KEY (promised_id, mention_id)
) WITHOUT ROWID;
CREATE INDEX mention_promises_by_mention ON mention_promises(mention_id);

CREATE TABLE event_mentions (
    mention_id TEXT NOT NULL,
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    PRIMARY KEY (mention_id, event_id)
) WITHOUT ROWID;
CREATE INDEX event_mentions_by_event ON event_mentions(event_id);
INSERT OR IGNORE INTO event_mentions (mention_id, event_id)
    SELECT j.value, events.id FROM events, json_each(events.data, '$.mention_ids') AS j;

-- Work left for the next reconciliation: blocks to re-cluster, events to drop, and mentions
-- that were deleted (promises pointing at them must be re-linked).
CREATE TABLE dirty_blocks (block_key TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE dirty_events (event_id TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE dirty_mentions (mention_id TEXT PRIMARY KEY) WITHOUT ROWID;

-- Runs for mentions deleted by the article cascade too (replaced articles).
CREATE TRIGGER mentions_leave_work BEFORE DELETE ON mentions
BEGIN
    INSERT OR IGNORE INTO dirty_blocks (block_key)
        SELECT block_key FROM mention_blocks WHERE mention_id = old.id;
    INSERT OR IGNORE INTO dirty_events (event_id)
        SELECT event_id FROM event_mentions WHERE mention_id = old.id;
    INSERT OR IGNORE INTO dirty_mentions (mention_id) VALUES (old.id);
END;
"""

# The participants' countries of each event as one value, so re-linking the plans and
# meetings of one set of countries is an index lookup rather than a scan of every event of
# each country (which grew with the square of the corpus). Filled for events stored before.
_PARTICIPANT_COUNTRIES = """
ALTER TABLE events ADD COLUMN participant_countries TEXT;
UPDATE events SET participant_countries = (
    SELECT group_concat(country, ' ') FROM (
        SELECT DISTINCT upper(country) AS country FROM event_participants
        WHERE event_id = events.id AND role = 'participant' AND country IS NOT NULL
        ORDER BY 1
    )
);
CREATE INDEX events_by_participant_countries ON events(participant_countries)
    WHERE mechanism_key IS NULL;
"""

# Mentions whose blocks are not recorded yet, in a narrow table of their own: marking every
# mention so for a full rebuild rewrote each (large) mention row, which at 100,000 articles
# took minutes and a write-ahead log the size of the database.
_UNBLOCKED_MENTIONS = """
CREATE TABLE unblocked_mentions (
    mention_id TEXT PRIMARY KEY REFERENCES mentions(id) ON DELETE CASCADE
) WITHOUT ROWID;
INSERT INTO unblocked_mentions (mention_id) SELECT id FROM mentions WHERE blocked = 0;
DROP INDEX mentions_unblocked;
ALTER TABLE mentions DROP COLUMN blocked;
"""

# What merging compares of each mention (`parley.reconcile.merge.Sketch`), a few hundred bytes,
# recorded with its blocks: placing new mentions among a large corpus's events reads these
# instead of parsing every neighbouring mention in full. Mentions recorded before have none
# and are sketched from their full record when needed.
_MENTION_SKETCHES = """
CREATE TABLE mention_sketches (
    mention_id TEXT PRIMARY KEY REFERENCES mentions(id) ON DELETE CASCADE,
    sketch TEXT NOT NULL
) WITHOUT ROWID;
"""

# Mentions dated to a day with no year, by each known person in them and each day around it
# (the day itself and either side), so that a new dated event of that person on that day finds
# the year-less reports it may date (`parley.resolve.record_year`) by an index lookup.
# Mentions stored before are not listed: only the events they are in can date them.
_UNDATED_DAYS = """
CREATE TABLE undated_days (
    mention_id TEXT NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL,
    kb_id TEXT NOT NULL,
    month_day TEXT NOT NULL
);
CREATE INDEX undated_days_by_day ON undated_days(kb_id, month_day);
CREATE INDEX undated_days_by_mention ON undated_days(mention_id);
"""

SQLITE_MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial", _INITIAL),
    Migration(2, "reconcile index", _RECONCILE_INDEX),
    Migration(3, "participant countries", _PARTICIPANT_COUNTRIES),
    Migration(4, "unblocked mentions", _UNBLOCKED_MENTIONS),
    Migration(5, "mention sketches", _MENTION_SKETCHES),
    Migration(6, "undated days", _UNDATED_DAYS),
)

LATEST_VERSION = SQLITE_MIGRATIONS[-1].version
