/// `append_one`, the append function for a call of one request (revision 8).
extension PostgresEventLogSchema {
    /// `append_events` for the common case of a call of one request that is written, in the
    /// fewest statements: lock the head, check the conditions (one statement), read the stream's
    /// version, insert every event (one statement), move the head. Its parameters and answer are
    /// `append_events`' own, so a store sends either with the same arrays.
    ///
    /// It answers only what it can answer alike: anything else raises BD010 (not one request,
    /// no events, a condition or expectation that fails) or the events' unique_violation (an id
    /// already stored: a retry, or an id reused), which rolls the call back with nothing written
    /// and sends it through `append_events` (``AppendCall``), whose answers are the rules'.
    /// Those are the rare calls; the common one skips the one pass's arrays and loop that
    /// PL/pgSQL interprets outside any statement (30% of a lone call's server samples under perf,
    /// stop 32).
    ///
    /// Its arrays are unnested in select lists, never in FROM: a function in FROM is
    /// materialised into a tuplestore, whose memory glibc handed back to the kernel and took
    /// again at every call (`brk`, 9% of the server process's samples under perf, stop 33). In a
    /// select list the arrays are walked in step, element by element, with nothing kept.
    static let oneRequestFunction = oneRequestFunction(named: oneRequestFunctionName, announcing: true)
    static let unannouncedOneRequestFunction = oneRequestFunction(
        named: unannouncedOneRequestFunctionName, announcing: false)

    /// SQLSTATE of a call `append_one` leaves to `append_events`.
    static let notForOneRequest = "BD010"

    private static func oneRequestFunction(named name: String, announcing: Bool) -> String {
        """
        \(header(named: name))
        DECLARE
            start_head bigint;
            head bigint;
            actual integer;
            event_count integer := coalesce(array_length(p_event_ids, 1), 0);
            message text;
            carried text;
        BEGIN
            -- \(revisionMark)
            IF coalesce(array_length(p_streams, 1), 0) <> 1 OR event_count = 0 THEN
                RAISE EXCEPTION 'not one request with events' USING ERRCODE = '\(notForOneRequest)';
            END IF;
            SELECT h.position INTO head FROM log_head h FOR UPDATE;
            start_head := head;
            IF EXISTS (
                SELECT 1 FROM (SELECT unnest(p_condition_streams) AS stream, unnest(p_condition_versions) AS version) w
                WHERE w.version <> coalesce((SELECT max(e.stream_version) FROM events e WHERE e.stream_id = w.stream), 0)
            ) THEN
                RAISE EXCEPTION 'a condition fails' USING ERRCODE = '\(notForOneRequest)';
            END IF;
            SELECT coalesce(max(e.stream_version), 0) INTO actual FROM events e WHERE e.stream_id = p_streams[1];
            IF NOT expectation_holds(p_expected_kinds[1], p_expected_versions[1], actual) THEN
                RAISE EXCEPTION 'the expectation fails' USING ERRCODE = '\(notForOneRequest)';
            END IF;
            INSERT INTO events (
                position, event_id, stream_id, stream_version, type, schema_version, payload,
                recorded_at, actor, causation_id, correlation_id
            )
            SELECT head + w.n, w.id, p_streams[1], actual + w.n, w.type, w.schema_version, w.payload,
                p_recorded_at[1], CASE WHEN w.has_actor THEN w.actor END,
                nullif(w.causation, '')::uuid, nullif(w.correlation, '')::uuid
            FROM (
                SELECT unnest(p_event_ids) AS id, unnest(p_types) AS type, unnest(p_schema_versions) AS schema_version,
                    unnest(p_payloads) AS payload, unnest(p_has_actor) AS has_actor, unnest(p_actors) AS actor,
                    unnest(p_causation_ids) AS causation, unnest(p_correlation_ids) AS correlation,
                    generate_series(1, event_count) AS n
            ) w;
            head := head + event_count;
            UPDATE log_head SET position = head;
            \(announcing ? notifyCarrying : "-- announced by the store, with its other appends")
            refusal := NULL;
            refusal_detail := NULL;
            appended_version := actual + event_count;
            appended_first := start_head + 1;
            appended_last := head;
            RETURN NEXT;
        END;
        $function$
        """
    }
}
