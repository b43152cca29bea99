-- The session store, version 3: what a clinic server keeps beside the sessions. A hub's own file
-- carries these tables empty. Times are epoch milliseconds (UTC).

-- A roller lent to a patient over a span: sessions without a person of their own (the hub's
-- attribution in the summary wins) go to the patient who held the roller when the session started.
CREATE TABLE roller_assignment (
    device_id      VARCHAR(16) NOT NULL,
    person_id      VARCHAR(64) NOT NULL REFERENCES person (person_id),
    from_ms        BIGINT      NOT NULL,           -- first instant held
    to_ms          BIGINT,                         -- returned at (exclusive); null: still held
    PRIMARY KEY (device_id, from_ms)
);

-- The last status each hub's roller published (the clinic's "hub offline" flag).
CREATE TABLE hub_status (
    device_id      VARCHAR(16) NOT NULL PRIMARY KEY,
    link           VARCHAR(32) NOT NULL,           -- the status topic's link state, e.g. connected, lost, offline
    seen_at_ms     BIGINT      NOT NULL            -- when the server received it
);

-- People who log in to the clinic's web UI: physiotherapists and administrators.
CREATE TABLE account (
    username       VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name   VARCHAR(200) NOT NULL,
    role           VARCHAR(16)  NOT NULL,          -- admin | physio
    password_hash  VARCHAR(200) NOT NULL,          -- bcrypt
    created_at_ms  BIGINT       NOT NULL
);

-- Which physio looks after which patient (a physio sees only these; an admin sees everyone).
CREATE TABLE account_patient (
    username       VARCHAR(64) NOT NULL REFERENCES account (username),
    person_id      VARCHAR(64) NOT NULL REFERENCES person (person_id),
    PRIMARY KEY (username, person_id)
);

-- Every export and every refusal worth keeping, appended only.
CREATE TABLE audit (
    at_ms          BIGINT       NOT NULL,
    username       VARCHAR(64)  NOT NULL,
    action         VARCHAR(32)  NOT NULL,          -- e.g. export, login-failed, refused
    person_id      VARCHAR(64),
    detail         VARCHAR(400) NOT NULL
);
CREATE INDEX audit_by_time ON audit (at_ms);
