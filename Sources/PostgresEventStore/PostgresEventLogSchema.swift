/// The log's tables and its append function in a PostgreSQL schema, and the row that tells a
/// baedal log from anything else.
///
/// The SQLite log's shape, with two differences that make reading by position safe when many
/// processes append at once:
/// - `log_head` is one row holding the last position. Every append locks it (`FOR UPDATE`) for
///   its whole transaction and hands out the positions after it, so appends commit one after
///   another in position order, and positions are dense. A reader that has seen position p can
///   never later find a new event below p. (A sequence would hand out p+1 to one transaction
///   and p+2 to another that may commit first: a reader would pass over p+1 for good.)
/// - `append_events` does the whole append on the server (lock, checks, inserts, head, notify)
///   in one round trip, so the lock is held for the server's work only, never for a network
///   round trip.
enum PostgresEventLogSchema {
    /// The shape of the log this build writes and the newest it can read.
    static let version = 1
    /// What `baedal_schema.application` says in a baedal log.
    static let application = "baedal"
    /// Taken (per transaction) while a log is checked or created, so that two processes opening
    /// one fresh database at once do not both create it. "baed" in ASCII, as SQLite's stamp.
    static let preparationLock: Int64 = 0x6261_6564
    /// Every `append_events` call that wrote something notifies this channel at commit, with the
    /// payload "SCHEMA HEAD" (the log's schema, a space, the new head position), followed by the
    /// events written when they are few and small (see ``notifyCarrying``); a call of
    /// `append_events_unannounced` is notified by its store later, together with others
    /// (``AnnouncementWindow``). One channel serves every log in the database, so a listener keeps
    /// only its own schema's. A wake-up first: listeners read by position after it unless the
    /// events it carries continue what they hold.
    static let notificationChannel = "baedal_log"

    /// One statement each: the extended protocol runs one statement per query.
    static let createStatements: [String] = [
        """
        CREATE TABLE baedal_schema (
            singleton   boolean PRIMARY KEY DEFAULT true CHECK (singleton),
            application text    NOT NULL,
            version     integer NOT NULL
        )
        """,
        """
        CREATE TABLE log_head (
            singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
            position  bigint  NOT NULL
        )
        """,
        "INSERT INTO log_head (position) VALUES (0)",
        // The UNIQUE (stream_id, stream_version) index finds a stream's version and reads a
        // stream in O(log n), and is the last line of defence against two writers claiming one
        // version. Stream ids compare bytewise (COLLATE "C"): they are only ever compared for
        // equality, which every deterministic collation answers the same, and the database's
        // default (often a language's) made each comparison in that index a locale call, about
        // a tenth of an append's inserts and version look-ups. A log made before keeps its own.
        """
        CREATE TABLE events (
            position       bigint  PRIMARY KEY CHECK (position >= 1),
            event_id       uuid    NOT NULL UNIQUE,
            stream_id      text    COLLATE "C" NOT NULL,
            stream_version integer NOT NULL CHECK (stream_version >= 1),
            type           text    NOT NULL,
            schema_version integer NOT NULL,
            payload        bytea   NOT NULL,
            recorded_at    bigint  NOT NULL, -- microseconds since 1970-01-01 UTC
            actor          text,
            causation_id   uuid,
            correlation_id uuid,
            UNIQUE (stream_id, stream_version)
        )
        """,
        // 0 any, 1 no stream, 2 exactly: ExpectedVersion.isSatisfied(byActualVersion:).
        """
        CREATE FUNCTION expectation_holds(kind integer, expected integer, actual integer) RETURNS boolean
        LANGUAGE sql IMMUTABLE AS $$
            SELECT kind = 0 OR (kind = 1 AND actual = 0) OR (kind = 2 AND actual = expected)
        $$
        """,
        appendFunction,
        unannouncedAppendFunction,
        oneRequestFunction,
        unannouncedOneRequestFunction,
        "INSERT INTO baedal_schema (application, version) VALUES ('\(application)', \(version))",
    ]

    /// Appends one or more requests, checking each as the SQLite store's `StreamAppend.apply`
    /// does and in the same order: no events, an id twice in the request, a retry of a stored
    /// append (answered with the original result, nothing written), the conditions on other
    /// streams, the expected version. A refusal is an error with a SQLSTATE of baedal's own
    /// (class BD):
    /// - BD001 wrong expected version; DETAIL "request condition actual" (condition 0: the
    ///   request's own stream);
    /// - BD002 event id reused; DETAIL the id;
    /// - BD003 empty append; DETAIL the request.
    ///
    /// With `p_independent` false the requests are all or none: a refusal is raised, and rolls
    /// back everything the call wrote (`appendAll`). With it true, a refused request writes
    /// nothing and comes back as its row's `refusal` and `refusal_detail`, and the others are
    /// written (group commit: many callers' appends in one call).
    ///
    /// Two ways through, with the same answers:
    /// - **In one pass**, tried first. One query reads the version of every stream the call
    ///   names; the requests are then checked in order against those versions in memory, each
    ///   accepted request moving its stream's version on for the ones after it; one INSERT
    ///   writes every accepted event, and the answers follow it. Measured (pgbench, 64 requests
    ///   per call): 4–5× fewer server milliseconds per request than the request-by-request way,
    ///   and the head lock is held for that long only.
    /// - **Request by request**, when the one pass meets an id that is already stored or appears
    ///   twice (a retry of a stored append, or a reused id): each request's own queries, in a
    ///   block of its own (a subtransaction) when independent.
    ///
    /// The one pass does not look the call's ids up beforehand (that was a sixth of a grouped
    /// call's time on the server): the events' unique index does it while inserting, and a
    /// violation undoes the pass (one block, so one subtransaction per call) and sends the call
    /// request by request. A request the pass refuses writes nothing, so the index never sees
    /// its ids: it is the one case where the pass looks them up, since a retry of a stored
    /// append must get its original result rather than a refusal.
    ///
    /// Conditions come ordered by request (as ``AppendCall`` builds them).
    ///
    /// Its statements run on generic plans (`plan_cache_mode`), over indexes only
    /// (`enable_seqscan = off`):
    /// - With array parameters the planner's default kept planning two statements afresh on
    ///   every call (the versions read and the notification's JSON), since a custom plan always
    ///   looked cheaper than the generic one it never tried. That planning was about a third of a
    ///   lone append's server time.
    /// - A plan a connection keeps is made for the table as it was then. The default switched
    ///   the stored-id check to a kept plan after five calls, and on a young log that plan read
    ///   the whole table: a sequential scan of `events` in every call from then on (11 ms of a
    ///   12 ms call at 23,000 events, found with auto_explain during `bench engine`). Every
    ///   statement here looks events up by id, stream or position, so an index is always the
    ///   right way, however small the table was when the plan was made.
    /// - `log_head` has one row and no index worth using, so its two statements still scan it;
    ///   disabling scans makes their estimated cost huge, which would have them compiled by JIT
    ///   at every call (15–28 ms each, seen the same way). JIT is off: nothing here is big
    ///   enough to gain from it.
    ///
    /// Requests, conditions and events come as parallel arrays (1-based in SQL); an event's
    /// nullable text and ids come as '' for NULL (or a has_actor flag), since array parameters
    /// cannot hold NULL.
    static let appendFunction = appendFunction(named: appendFunctionName, announcing: true)

    /// `append_events` without its notification: the same checks, writes and answers, for a
    /// call whose store announces it later, together with others (``AnnouncementWindow``).
    static let unannouncedAppendFunction = appendFunction(named: unannouncedAppendFunctionName, announcing: false)

    static let appendFunctionName = "append_events"
    static let unannouncedAppendFunctionName = "append_events_unannounced"
    static let oneRequestFunctionName = "append_one"
    static let unannouncedOneRequestFunctionName = "append_one_unannounced"

    /// Every append function this build installs, replaced together in an older log.
    static let functions: [(name: String, source: String)] = [
        (appendFunctionName, appendFunction), (unannouncedAppendFunctionName, unannouncedAppendFunction),
        (oneRequestFunctionName, oneRequestFunction), (unannouncedOneRequestFunctionName, unannouncedOneRequestFunction),
    ]

    /// The two append functions' source: one text, so that they can never check differently.
    private static func appendFunction(named name: String, announcing: Bool) -> String {
        """
        \(header(named: name))
        DECLARE
            start_head bigint;
            head bigint;
            r integer;             -- the request
            c integer;             -- a condition
            k integer;             -- an event, as an index into the event arrays
            first_event integer := 1;
            event_count integer;
            last_event integer;
            actual integer;
            stored_count integer;
            first_stored uuid;
            first_version integer;
            first_position bigint;
            stored events%ROWTYPE;
            request_count integer := coalesce(array_length(p_streams, 1), 0);
            condition_count integer := coalesce(array_length(p_condition_requests, 1), 0);
            in_one_pass boolean;
            known_streams text[];
            known_versions integer[];
            s integer;             -- a stream, as an index into known_streams
            written_events integer[] := '{}';
            written_requests integer[] := '{}';
            written_versions integer[] := '{}';
            one_refusals text[] := '{}';
            one_details text[] := '{}';
            one_versions integer[] := '{}';
            one_firsts bigint[] := '{}';
            one_lasts bigint[] := '{}';
            message text;
            carried text;
        BEGIN
            -- \(revisionMark)
            SELECT h.position INTO head FROM log_head h FOR UPDATE;
            start_head := head;
            BEGIN
                \(onePass)
                in_one_pass := true;
            EXCEPTION WHEN unique_violation OR SQLSTATE 'BD009' THEN
                -- A stored id is in the call (a retry, or an id reused), or an id twice: the
                -- block's writes are undone, and the requests go one by one.
                in_one_pass := false;
                head := start_head;
                first_event := 1;
            END;
            IF in_one_pass THEN
                RETURN QUERY SELECT * FROM unnest(one_refusals, one_details, one_versions, one_firsts, one_lasts);
                request_count := 0;
            END IF;
            FOR r IN 1 .. request_count LOOP
                event_count := p_event_counts[r];
                last_event := first_event + event_count - 1;
                IF p_independent THEN
                    BEGIN
                        \(requestBody)
                    EXCEPTION WHEN SQLSTATE 'BD001' OR SQLSTATE 'BD002' OR SQLSTATE 'BD003' THEN
                        GET STACKED DIAGNOSTICS refusal = RETURNED_SQLSTATE, refusal_detail = PG_EXCEPTION_DETAIL;
                        appended_version := NULL;
                        appended_first := NULL;
                        appended_last := NULL;
                        RETURN NEXT;
                    END;
                ELSE
                    \(requestBody)
                END IF;
                first_event := first_event + event_count;
            END LOOP;
            IF head > start_head THEN
                UPDATE log_head SET position = head;
                \(announcing ? notifyCarrying : "-- announced by the store, with its other appends")
            END IF;
        END;
        $function$
        """
    }

    /// What every append function starts with: its name, the parameters in the order
    /// ``AppendCall`` sends them, one answer row per request (a refusal's SQLSTATE and detail, or
    /// the version and positions written), and the settings ``appendFunction`` explains.
    static func header(named name: String) -> String {
        """
        CREATE OR REPLACE FUNCTION \(name)(
            p_independent boolean,
            p_streams text[], p_expected_kinds integer[], p_expected_versions integer[],
            p_event_counts integer[], p_recorded_at bigint[],
            p_condition_requests integer[], p_condition_streams text[], p_condition_versions integer[],
            p_event_ids uuid[], p_types text[], p_schema_versions integer[], p_payloads bytea[],
            p_has_actor boolean[], p_actors text[], p_causation_ids text[], p_correlation_ids text[]
        ) RETURNS TABLE (
            refusal text, refusal_detail text, appended_version integer, appended_first bigint, appended_last bigint
        )
        LANGUAGE plpgsql
        SET plan_cache_mode = force_generic_plan SET enable_seqscan = off SET jit = off
        AS $function$
        """
    }

    /// A comment in the functions' source naming their revision: an older log's are replaced by
    /// these when the log is opened (``LogPreparation``). Same signature, same answers, so a
    /// newer build never needs a newer schema version for them.
    static let revisionMark = "append_events revision 8: append_one for a call of one request, its arrays unnested in select lists"

    /// The notification of a call that wrote: "SCHEMA HEAD WRITER [EVENTS]", read by
    /// ``NotificationPayload``.
    /// - WRITER is the appending connection's `baedal.writer` setting (``writerSetting``), "-"
    ///   without one: the store that appended knows its own notification by it, with no race
    ///   against the call's answer.
    /// - EVENTS are the events the call wrote, carried when they fit (PostgreSQL refuses a
    ///   payload of 8000 bytes or more, which would undo the append). Only for a few events, so
    ///   a large group costs no JSON built in vain while it holds the head lock. Followers take
    ///   them as an offer and read by position whenever they do not continue what they hold.
    static let notifyCarrying = """
        message := current_schema() || ' ' || head::text || ' '
            || coalesce(nullif(current_setting('\(writerSetting)', true), ''), '-');
        IF head - start_head <= \(mostCarriedPerCall) THEN
            SELECT message || ' ' || json_agg(json_build_object(
                    'p', e.position, 'i', e.event_id, 's', e.stream_id, 'v', e.stream_version, 't', e.type,
                    'sv', e.schema_version, 'd', encode(e.payload, 'base64'), 'r', e.recorded_at,
                    'a', e.actor, 'c', e.causation_id, 'k', e.correlation_id) ORDER BY e.position)::text
            INTO carried FROM events e WHERE e.position > start_head AND e.position <= head;
            IF octet_length(carried) < \(largestNotification) THEN
                message := carried;
            END IF;
        END IF;
        PERFORM pg_notify('\(notificationChannel)', message);
        """

    /// The setting naming a connection's writer in its appends' notifications (a placeholder
    /// setting, sent at connection start).
    static let writerSetting = "baedal.writer"

    /// Calls writing more events than this notify the head alone.
    static let mostCarriedPerCall = 16
    /// PostgreSQL's limit on a notification's payload is 8000 bytes; kept under it with room.
    static let largestNotification = 7900

    /// `append_events` in one pass (see ``appendFunction``): versions read once, checks in
    /// memory, one INSERT. `head` moves with each accepted request, as request by request.
    private static let onePass = """
        SELECT coalesce(array_agg(n.stream), '{}'),
               coalesce(array_agg(coalesce((SELECT max(e.stream_version) FROM events e WHERE e.stream_id = n.stream), 0)), '{}')
        INTO known_streams, known_versions
        FROM (SELECT DISTINCT unnest(p_streams || p_condition_streams) AS stream) n;
        c := 1;
        FOR r IN 1 .. request_count LOOP
            event_count := p_event_counts[r];
            refusal := NULL;
            refusal_detail := NULL;
            IF event_count = 0 THEN
                refusal := 'BD003';
                refusal_detail := r::text;
            END IF;
            WHILE c <= condition_count AND p_condition_requests[c] = r LOOP
                IF refusal IS NULL THEN
                    actual := known_versions[array_position(known_streams, p_condition_streams[c])];
                    IF actual <> p_condition_versions[c] THEN
                        refusal := 'BD001';
                        refusal_detail := r || ' ' || c || ' ' || actual;
                    END IF;
                END IF;
                c := c + 1;
            END LOOP;
            IF refusal IS NULL THEN
                s := array_position(known_streams, p_streams[r]);
                actual := known_versions[s];
                IF NOT (p_expected_kinds[r] = 0 OR (p_expected_kinds[r] = 1 AND actual = 0)
                        OR (p_expected_kinds[r] = 2 AND actual = p_expected_versions[r])) THEN
                    refusal := 'BD001';
                    refusal_detail := r || ' 0 ' || actual;
                END IF;
            END IF;
            IF refusal IS NOT NULL THEN
                -- The index never sees a refused request's ids, yet an id of it that is stored
                -- (a retry, answered with its original result) or repeated in the call is
                -- answered before its versions: request by request tells which. Refusals are
                -- rare, and so are these look-ups.
                IF event_count > 0 AND (
                        EXISTS (SELECT 1 FROM events e
                            WHERE e.event_id = ANY (p_event_ids[first_event : first_event + event_count - 1]))
                        OR (SELECT count(DISTINCT x) FROM unnest(p_event_ids) x) < array_length(p_event_ids, 1)) THEN
                    RAISE EXCEPTION 'stored id in a refused request' USING ERRCODE = 'BD009';
                END IF;
                IF NOT p_independent THEN
                    RAISE EXCEPTION 'append refused' USING ERRCODE = refusal, DETAIL = refusal_detail;
                END IF;
                appended_version := NULL;
                appended_first := NULL;
                appended_last := NULL;
            ELSE
                FOR k IN first_event .. first_event + event_count - 1 LOOP
                    written_events := written_events || k;
                    written_requests := written_requests || r;
                    written_versions := written_versions || (actual + k - first_event + 1);
                END LOOP;
                known_versions[s] := actual + event_count;
                appended_version := actual + event_count;
                appended_first := head + 1;
                appended_last := head + event_count;
                head := head + event_count;
            END IF;
            one_refusals := one_refusals || refusal;
            one_details := one_details || refusal_detail;
            one_versions := one_versions || appended_version;
            one_firsts := one_firsts || appended_first;
            one_lasts := one_lasts || appended_last;
            first_event := first_event + event_count;
        END LOOP;
        INSERT INTO events (
            position, event_id, stream_id, stream_version, type, schema_version, payload,
            recorded_at, actor, causation_id, correlation_id
        )
        SELECT start_head + w.n, p_event_ids[w.k], p_streams[w.r], w.v,
            p_types[w.k], p_schema_versions[w.k], p_payloads[w.k],
            p_recorded_at[w.r],
            CASE WHEN p_has_actor[w.k] THEN p_actors[w.k] END,
            nullif(p_causation_ids[w.k], '')::uuid,
            nullif(p_correlation_ids[w.k], '')::uuid
        FROM unnest(written_events, written_requests, written_versions) WITH ORDINALITY AS w(k, r, v, n);
        """

    /// One request of `append_events`: checks, then the insert, then its result row. `head`
    /// moves only once the request's events are in, so a refused request leaves it as it was.
    private static let requestBody = """
        refusal := NULL;
        refusal_detail := NULL;
        IF event_count = 0 THEN
            RAISE EXCEPTION 'empty append' USING ERRCODE = 'BD003', DETAIL = r::text;
        END IF;
        FOR k IN first_event + 1 .. last_event LOOP
            IF p_event_ids[k] = ANY (p_event_ids[first_event : k - 1]) THEN
                RAISE EXCEPTION 'event id reused' USING ERRCODE = 'BD002', DETAIL = p_event_ids[k]::text;
            END IF;
        END LOOP;

        SELECT count(*) INTO stored_count FROM events e WHERE e.event_id = ANY (p_event_ids[first_event : last_event]);
        IF stored_count > 0 THEN
            -- A retry if every id is stored, exactly as this request would store it.
            first_stored := NULL;
            FOR k IN first_event .. last_event LOOP
                SELECT * INTO stored FROM events e WHERE e.event_id = p_event_ids[k];
                IF FOUND THEN
                    first_stored := coalesce(first_stored, stored.event_id);
                ELSIF first_stored IS NOT NULL THEN
                    RAISE EXCEPTION 'event id reused' USING ERRCODE = 'BD002', DETAIL = first_stored::text;
                END IF;
            END LOOP;
            IF stored_count <> event_count THEN
                RAISE EXCEPTION 'event id reused' USING ERRCODE = 'BD002', DETAIL = first_stored::text;
            END IF;
            FOR k IN first_event .. last_event LOOP
                SELECT * INTO stored FROM events e WHERE e.event_id = p_event_ids[k];
                IF k = first_event THEN
                    first_version := stored.stream_version;
                    first_position := stored.position;
                END IF;
                IF stored.stream_id <> p_streams[r]
                    OR stored.stream_version <> first_version + (k - first_event)
                    OR stored.type <> p_types[k]
                    OR stored.schema_version <> p_schema_versions[k]
                    OR stored.payload <> p_payloads[k]
                    OR stored.actor IS DISTINCT FROM (CASE WHEN p_has_actor[k] THEN p_actors[k] END)
                    OR stored.causation_id IS DISTINCT FROM nullif(p_causation_ids[k], '')::uuid
                    OR stored.correlation_id IS DISTINCT FROM nullif(p_correlation_ids[k], '')::uuid
                THEN
                    RAISE EXCEPTION 'event id reused' USING ERRCODE = 'BD002', DETAIL = p_event_ids[k]::text;
                END IF;
            END LOOP;
            -- The original append must have been allowed by this request's expectation too.
            IF NOT expectation_holds(p_expected_kinds[r], p_expected_versions[r], first_version - 1) THEN
                RAISE EXCEPTION 'event id reused' USING ERRCODE = 'BD002', DETAIL = first_stored::text;
            END IF;
            appended_version := stored.stream_version;
            appended_first := first_position;
            appended_last := stored.position;
            RETURN NEXT;
        ELSE
            FOR c IN 1 .. coalesce(array_length(p_condition_requests, 1), 0) LOOP
                CONTINUE WHEN p_condition_requests[c] <> r;
                SELECT coalesce(max(e.stream_version), 0) INTO actual FROM events e WHERE e.stream_id = p_condition_streams[c];
                IF actual <> p_condition_versions[c] THEN
                    RAISE EXCEPTION 'wrong expected version' USING ERRCODE = 'BD001', DETAIL = r || ' ' || c || ' ' || actual;
                END IF;
            END LOOP;
            SELECT coalesce(max(e.stream_version), 0) INTO actual FROM events e WHERE e.stream_id = p_streams[r];
            IF NOT expectation_holds(p_expected_kinds[r], p_expected_versions[r], actual) THEN
                RAISE EXCEPTION 'wrong expected version' USING ERRCODE = 'BD001', DETAIL = r || ' 0 ' || actual;
            END IF;
            INSERT INTO events (
                position, event_id, stream_id, stream_version, type, schema_version, payload,
                recorded_at, actor, causation_id, correlation_id
            )
            SELECT head + n, p_event_ids[first_event + n - 1], p_streams[r], actual + n,
                p_types[first_event + n - 1], p_schema_versions[first_event + n - 1], p_payloads[first_event + n - 1],
                p_recorded_at[r],
                CASE WHEN p_has_actor[first_event + n - 1] THEN p_actors[first_event + n - 1] END,
                nullif(p_causation_ids[first_event + n - 1], '')::uuid,
                nullif(p_correlation_ids[first_event + n - 1], '')::uuid
            FROM generate_series(1, event_count) AS n;
            appended_version := actual + event_count;
            appended_first := head + 1;
            appended_last := head + event_count;
            head := head + event_count;
            RETURN NEXT;
        END IF;
        """
}
