-- Reconciliation: one score per body and year, the disagreements, and reviewers' decisions.
CREATE TABLE scores (
    instansi_code   VARCHAR NOT NULL,
    year            INTEGER NOT NULL,
    value           DOUBLE,                  -- the agreed (or decided) index; NULL in conflict
    predikat        VARCHAR,
    status          VARCHAR NOT NULL,        -- single | agreed | conflict | resolved
    n_articles      INTEGER NOT NULL,        -- articles that support the figure(s)
    n_mentions      INTEGER NOT NULL,
    first_reported  DATE,                    -- earliest publication date among them
    sources         VARCHAR[],
    candidate_values DOUBLE[],               -- every distinct value reported
    conflict_id     VARCHAR,
    PRIMARY KEY (instansi_code, year)
);

CREATE TABLE conflicts (
    conflict_id     VARCHAR PRIMARY KEY,     -- stable: body, year, kind
    instansi_code   VARCHAR NOT NULL,
    year            INTEGER NOT NULL,
    kind            VARCHAR NOT NULL,        -- value_disagreement | predikat_disagreement | band_mismatch
    mention_ids     VARCHAR[] NOT NULL,      -- the mentions involved
    candidate_values DOUBLE[],
    candidate_predikat VARCHAR[],
    facts_hash      VARCHAR NOT NULL,        -- what the conflict is about; a change may reopen it
    status          VARCHAR NOT NULL,        -- open | resolved | gone (its facts disappeared)
    resolution      VARCHAR,                 -- the latest decision, in words
    first_seen      TIMESTAMPTZ NOT NULL,
    last_changed    TIMESTAMPTZ NOT NULL     -- when its facts or status last changed
);

CREATE TABLE review_decisions (
    decision_id     VARCHAR PRIMARY KEY,
    conflict_id     VARCHAR NOT NULL,
    instansi_code   VARCHAR NOT NULL,
    year            INTEGER NOT NULL,
    value           DOUBLE,                  -- the figure the reviewer decided is right
    predikat        VARCHAR,
    accepted_mention VARCHAR,
    rejected_mention VARCHAR,                -- an extraction error, excluded from scores
    decided_by      VARCHAR NOT NULL,
    note            VARCHAR,
    decided_at      TIMESTAMPTZ NOT NULL,
    facts_hash      VARCHAR NOT NULL         -- the facts the decision was made on
);

-- The predikat bands per evaluation year, as data (DOMAIN: the same for 2018-2025; the
-- 2026 "Indeks Pemerintah Digital" has other bands and is deliberately absent).
CREATE TABLE predikat_bands (
    year            INTEGER NOT NULL,
    predikat        VARCHAR NOT NULL,
    lower_bound     DOUBLE NOT NULL,         -- inclusive
    upper_bound     DOUBLE NOT NULL,         -- exclusive (5.01 for the top band)
    PRIMARY KEY (year, predikat)
);
INSERT INTO predikat_bands
SELECT y.year, b.predikat, b.lower_bound, b.upper_bound
FROM range(2018, 2026) AS y(year),
     (VALUES ('Kurang', 0.0, 1.8), ('Cukup', 1.8, 2.6), ('Baik', 2.6, 3.5),
             ('Sangat Baik', 3.5, 4.2), ('Memuaskan', 4.2, 5.01)) AS b(predikat, lower_bound, upper_bound);
