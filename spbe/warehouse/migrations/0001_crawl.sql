-- The crawl: sources, runs, every fetched page, and the relevant articles.
CREATE TABLE sources (
    name            VARCHAR PRIMARY KEY,
    allowed_domains VARCHAR[] NOT NULL,
    sitemaps        VARCHAR[],
    feeds           VARCHAR[],
    listings        VARCHAR[],
    keywords        VARCHAR[],
    first_seen      TIMESTAMPTZ,
    last_crawled    TIMESTAMPTZ
);

CREATE TABLE crawl_runs (
    run_id          VARCHAR PRIMARY KEY,
    started         TIMESTAMPTZ NOT NULL,
    finished        TIMESTAMPTZ,
    status          VARCHAR NOT NULL,        -- ok | partial | failed
    finish_reason   VARCHAR,
    sources_file    VARCHAR,
    pages_fetched   INTEGER,
    pages_failed    INTEGER,
    articles_new    INTEGER,
    pages_irrelevant INTEGER,
    duplicates      INTEGER,
    errors          JSON,                    -- {source: [message, ...]}
    stats           JSON
);

CREATE TABLE pages (
    run_id          VARCHAR NOT NULL,
    seq             INTEGER NOT NULL,        -- order of the fetch within the run
    url             VARCHAR NOT NULL,
    url_normalized  VARCHAR NOT NULL,
    source          VARCHAR,
    kind            VARCHAR,                 -- robots | sitemap | feed | listing | article
    fetched_at      TIMESTAMPTZ,
    http_status     INTEGER,                 -- NULL when no response arrived (see error)
    content_type    VARCHAR,
    content_length  BIGINT,
    content_hash    VARCHAR,                 -- sha256 of the raw body
    warc_file       VARCHAR,                 -- relative to the archive directory
    warc_offset     BIGINT,
    warc_length     BIGINT,
    redirect_to     VARCHAR,
    lastmod         VARCHAR,                 -- sitemaps: lastmod given by the sitemap index
    relevant        BOOLEAN,                 -- articles: about SPBE (decided on the text)
    duplicate_of    VARCHAR,                 -- same text as this (normalised) URL
    error           VARCHAR,
    PRIMARY KEY (run_id, seq)
);

CREATE TABLE articles (
    article_id      VARCHAR PRIMARY KEY,     -- hash of the normalised URL: stable
    url             VARCHAR NOT NULL,
    url_normalized  VARCHAR NOT NULL UNIQUE,
    source          VARCHAR,
    title           VARCHAR,
    published       DATE,
    text            VARCHAR,
    language        VARCHAR,
    sitename        VARCHAR,
    content_hash    VARCHAR,
    run_id          VARCHAR,                 -- the run that first stored it
    fetched_at      TIMESTAMPTZ,
    warc_file       VARCHAR,
    warc_offset     BIGINT,
    warc_length     BIGINT,
    redirect_chain  VARCHAR[]                -- URLs that led here, in order
);
