-- Extraction: the gazetteer and every extracted fact with its evidence.
CREATE TABLE instansi (
    instansi_code   VARCHAR PRIMARY KEY,     -- Kemendagri code ("61", "61.08") or "kl.<slug>", "polri"
    name            VARCHAR NOT NULL,        -- canonical name ("Provinsi Kalimantan Barat")
    level           VARCHAR NOT NULL,        -- provinsi | kabupaten | kota | kementerian | lembaga | polri
    parent          VARCHAR,                 -- province code of a kabupaten/kota
    aliases         VARCHAR[]                -- how news writes it (lower case)
);

CREATE TABLE mentions (
    mention_id        VARCHAR PRIMARY KEY,   -- stable: article, body, year, role
    article_id        VARCHAR NOT NULL,
    instansi_code     VARCHAR NOT NULL,
    year              INTEGER,               -- evaluation year the figure belongs to
    value             DOUBLE,                -- SPBE index 0-5, NULL when only a predikat is given
    predikat          VARCHAR,
    role              VARCHAR NOT NULL,      -- actual | previous | target
    rank              INTEGER,               -- national rank when stated
    subscores         JSON,                  -- {"label as written": value}
    evidence          VARCHAR NOT NULL,      -- the sentence the fact was read from
    "start"           INTEGER NOT NULL,      -- character offsets of the evidence in articles.text
    "end"             INTEGER NOT NULL,
    extractor_version VARCHAR NOT NULL,
    extracted_at      TIMESTAMPTZ NOT NULL,
    valid             BOOLEAN NOT NULL,
    problems          VARCHAR[]              -- validation problems, empty when valid
);

-- Which article was extracted by which rules, also when it stated nothing.
CREATE TABLE article_extractions (
    article_id        VARCHAR PRIMARY KEY,
    extractor_version VARCHAR NOT NULL,
    extracted_at      TIMESTAMPTZ NOT NULL,
    mentions          INTEGER NOT NULL
);
