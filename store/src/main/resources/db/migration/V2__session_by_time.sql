-- The session store, version 2: everyone's sessions newest first (the web history, the clinic's
-- lists) read through an index instead of sorting the whole table.
CREATE INDEX session_by_time ON session (started_at_ms, session_id);
