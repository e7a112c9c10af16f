-- One row per pipeline run (nightly, reextract, backfill): what it did, as data and as text.
CREATE TABLE run_summaries (
    flow_run_id     VARCHAR PRIMARY KEY,     -- the Prefect flow run
    flow            VARCHAR NOT NULL,        -- nightly | reextract | backfill
    started         TIMESTAMPTZ NOT NULL,
    finished        TIMESTAMPTZ NOT NULL,
    status          VARCHAR NOT NULL,        -- ok | partial | failed
    crawl_run_id    VARCHAR,
    summary         JSON NOT NULL,           -- counts, errors per source, seconds per stage
    markdown        VARCHAR NOT NULL         -- the same, as the Prefect artifact shows it
);
