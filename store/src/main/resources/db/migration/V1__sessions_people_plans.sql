-- The session store, version 1. One script for SQLite and PostgreSQL: only types and statements
-- both read the same way (DOUBLE PRECISION is REAL in SQLite, BYTEA a blob, SMALLINT 0/1 a flag).
-- Times are epoch milliseconds (UTC); days are ISO dates (YYYY-MM-DD) in the person's zone.

CREATE TABLE person (
    person_id      VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name   VARCHAR(200) NOT NULL,
    stature_cm     DOUBLE PRECISION,           -- null: the hub-wide user.statureCm
    start_level    VARCHAR(3),                 -- null: the hub-wide user.startLevel
    zone_id        VARCHAR(64)  NOT NULL,      -- IANA zone of the person's local day
    created_at_ms  BIGINT       NOT NULL
);

CREATE TABLE plan (
    person_id              VARCHAR(64) NOT NULL REFERENCES person (person_id),
    effective_from         VARCHAR(10) NOT NULL,   -- first local day the plan is in force
    days_per_week          INTEGER     NOT NULL,
    min_seconds_per_day    INTEGER     NOT NULL,
    level_from             VARCHAR(3)  NOT NULL,   -- levels to cover, head end
    level_to               VARCHAR(3)  NOT NULL,   -- levels to cover, feet end
    held_reps_per_session  INTEGER     NOT NULL,
    PRIMARY KEY (person_id, effective_from)
);

CREATE TABLE session (
    session_id     VARCHAR(80)  NOT NULL PRIMARY KEY,
    person_id      VARCHAR(64)  NOT NULL REFERENCES person (person_id),
    device_id      VARCHAR(16)  NOT NULL,
    started_at_ms  BIGINT       NOT NULL,
    start_known    SMALLINT     NOT NULL,      -- 1: startedAt from the summary; 0: when it was stored or captured
    duration_s     DOUBLE PRECISION NOT NULL,
    reps           INTEGER      NOT NULL,
    holds          INTEGER      NOT NULL,
    hold_s         DOUBLE PRECISION NOT NULL,
    compensations  INTEGER      NOT NULL,
    shifts         INTEGER      NOT NULL,
    neck_s         DOUBLE PRECISION NOT NULL,
    lumbar_s       DOUBLE PRECISION NOT NULL,
    recovered      SMALLINT     NOT NULL,
    summary_json   TEXT         NOT NULL,      -- the summary as published, one line
    stored_at_ms   BIGINT       NOT NULL
);
CREATE INDEX session_by_person_time ON session (person_id, started_at_ms);

CREATE TABLE session_level (
    session_id     VARCHAR(80) NOT NULL REFERENCES session (session_id),
    level          VARCHAR(3)  NOT NULL,
    reps           INTEGER     NOT NULL,
    holds          INTEGER     NOT NULL,
    hold_s         DOUBLE PRECISION NOT NULL,
    compensations  INTEGER     NOT NULL,
    PRIMARY KEY (session_id, level)
);

CREATE TABLE session_trace (
    session_id     VARCHAR(80) NOT NULL PRIMARY KEY REFERENCES session (session_id),
    rate_hz        DOUBLE PRECISION NOT NULL,
    bands_json     TEXT        NOT NULL,       -- the level bands in force: [{level, topCm, bottomCm}]
    points         BYTEA       NOT NULL        -- TraceCodec: per point int16 position mm, uint16 load dN
);

CREATE TABLE roller_person (
    device_id      VARCHAR(16) NOT NULL PRIMARY KEY,   -- a roller, or '*' for every roller
    person_id      VARCHAR(64) NOT NULL REFERENCES person (person_id),
    since_ms       BIGINT      NOT NULL
);
