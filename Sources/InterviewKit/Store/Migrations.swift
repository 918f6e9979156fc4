import GRDB

/// The versioned schema. A shipped migration is never edited: changes come as new migrations.
/// Tables are named in literal strings, not by app types, so that code changes never alter history.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for (identifier, sql) in all {
            migrator.registerMigration(identifier) { db in try db.execute(sql: sql) }
        }
        return migrator
    }

    /// Every migration in the order it is applied.
    static let all: [(identifier: String, sql: String)] = [
        ("v1", v1), ("v2-topic-index", v2), ("v3-topic-recency", v3), ("v4-data-version", v4), ("v5-scoring-index", v5), ("v6-crib-sheet", v6),
        ("v7-scored-mark", v7), ("v8-adaptive", v8),
    ]

    /// Migrations a read-only command can do without, so a database that lacks them is not refused
    /// (the next recording command adds them): indexes (v2, v3, v5: reads are slower), the data
    /// version (v4: nothing is cached), the crib column (v6: questions read with none), the
    /// scored mark (v7: the list of sessions counts scores instead) and adaptive sessions (v8: every
    /// session reads as drawn whole).
    static let optionalForReading: Set<String> = ["v2-topic-index", "v3-topic-recency", "v4-data-version", "v5-scoring-index", "v6-crib-sheet", "v7-scored-mark", "v8-adaptive",
    ]

    /// The topics of a session's questions without reading their rows, which hold the rubric
    /// snapshot and span several pages each: "topics in use" reads 500 sessions' worth.
    static let v2 = """
        CREATE INDEX session_question_topics ON session_question(session_id, topic);
        """

    /// Each topic's sessions, newest last: "topics in use" seeks each distinct topic and looks
    /// down from its newest session, where v2's index made it read every question of 500
    /// sessions. v2's index has no other reader and goes.
    static let v3 = """
        DROP INDEX IF EXISTS session_question_topics;
        CREATE INDEX session_question_by_topic ON session_question(topic, session_id);
        """

    /// A counter that every change to scores, sessions or recommendations bumps (triggers, so no
    /// write path can forget it), with a random token of this database: together they name the
    /// data a whole-database result was computed from (``ResultCache``). Without it (a database
    /// not yet migrated, opened read-only) nothing is cached.
    static let v4 = """
        CREATE TABLE data_version (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          token TEXT NOT NULL,
          version INTEGER NOT NULL
        );
        INSERT INTO data_version (id, token, version) VALUES (1, lower(hex(randomblob(16))), 0);
        CREATE TRIGGER score_insert_bumps_version AFTER INSERT ON score BEGIN UPDATE data_version SET version = version + 1; END;
        CREATE TRIGGER score_update_bumps_version AFTER UPDATE ON score BEGIN UPDATE data_version SET version = version + 1; END;
        CREATE TRIGGER score_delete_bumps_version AFTER DELETE ON score BEGIN UPDATE data_version SET version = version + 1; END;
        CREATE TRIGGER session_insert_bumps_version AFTER INSERT ON session BEGIN UPDATE data_version SET version = version + 1; END;
        CREATE TRIGGER session_update_bumps_version AFTER UPDATE ON session BEGIN UPDATE data_version SET version = version + 1; END;
        CREATE TRIGGER session_delete_bumps_version AFTER DELETE ON session BEGIN UPDATE data_version SET version = version + 1; END;
        CREATE TRIGGER recommendation_insert_bumps_version AFTER INSERT ON recommendation BEGIN UPDATE data_version SET version = version + 1; END;
        CREATE TRIGGER recommendation_update_bumps_version AFTER UPDATE ON recommendation BEGIN UPDATE data_version SET version = version + 1; END;
        CREATE TRIGGER recommendation_delete_bumps_version AFTER DELETE ON recommendation BEGIN UPDATE data_version SET version = version + 1; END;
        """

    /// Whole-database reads go over every question with its scores; this index holds what they
    /// need of a question (its id and criteria count, by session), so that they do not read the
    /// question rows, which carry the snapshot and span pages each.
    static let v5 = """
        CREATE INDEX IF NOT EXISTS session_question_scoring ON session_question(session_id, question_id, criteria_count);
        """

    /// Bank v2's bonus points, guide, code and sources in each drawn question's snapshot (a JSON
    /// object, ``CribSheet``); a question drawn before has none. Reads work without the column.
    static let v6 = """
        ALTER TABLE session_question ADD COLUMN crib TEXT NOT NULL DEFAULT '{}';
        """

    /// Whether a drawn question has a complete rating (one interviewer scored every criterion),
    /// kept by triggers on score so that no write path can forget it: the list of sessions then
    /// reads it from an index instead of counting every score of the database.
    static let v7 = """
        ALTER TABLE session_question ADD COLUMN scored INTEGER NOT NULL DEFAULT 0;
        UPDATE session_question SET scored = \(isScored("session_question.id"));
        CREATE INDEX session_question_scored ON session_question(session_id, scored);
        CREATE TRIGGER score_insert_marks_scored AFTER INSERT ON score BEGIN
          UPDATE session_question SET scored = \(isScored("NEW.session_question_id")) WHERE id = NEW.session_question_id;
        END;
        CREATE TRIGGER score_delete_marks_scored AFTER DELETE ON score BEGIN
          UPDATE session_question SET scored = \(isScored("OLD.session_question_id")) WHERE id = OLD.session_question_id;
        END;
        """

    /// Adaptive sessions (issue 22): the number of questions the session will ask, chosen one at a
    /// time (NULL for a session drawn whole at the start), and why each question was chosen.
    static let v8 = """
        ALTER TABLE session ADD COLUMN adaptive_count INTEGER CHECK (adaptive_count IS NULL OR adaptive_count > 0);
        ALTER TABLE session_question ADD COLUMN reason TEXT;
        """

    /// Whether the drawn question `id` (a column or a trigger's row) has a complete rating, as an
    /// expression inside an UPDATE of session_question.
    private static func isScored(_ id: String) -> String {
        """
        EXISTS (SELECT 1 FROM score sc WHERE sc.session_question_id = \(id)
          GROUP BY sc.interviewer_id HAVING COUNT(*) = session_question.criteria_count)
        """
    }

    static let v1 = """
        CREATE TABLE candidate (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL UNIQUE,
          created_at DATETIME NOT NULL
        );
        CREATE TABLE interviewer (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL UNIQUE,
          created_at DATETIME NOT NULL
        );
        CREATE TABLE session (
          id INTEGER PRIMARY KEY,
          candidate_id INTEGER NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
          blueprint_id TEXT NOT NULL,
          blueprint_title TEXT NOT NULL,
          minutes INTEGER NOT NULL CHECK (minutes > 0),
          seed INTEGER NOT NULL,
          status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'finished')),
          position INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
          started_at DATETIME NOT NULL,
          finished_at DATETIME,
          last_activity_at DATETIME NOT NULL
        );
        CREATE INDEX session_by_candidate ON session(candidate_id, started_at);
        CREATE INDEX session_by_started ON session(started_at);
        CREATE TABLE session_interviewer (
          session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
          interviewer_id INTEGER NOT NULL REFERENCES interviewer(id) ON DELETE CASCADE,
          joined_at DATETIME NOT NULL,
          PRIMARY KEY (session_id, interviewer_id)
        ) WITHOUT ROWID;
        CREATE INDEX session_interviewer_by_interviewer ON session_interviewer(interviewer_id);
        -- A drawn question with a snapshot of what was shown, so later bank edits never change old reports.
        CREATE TABLE session_question (
          id INTEGER PRIMARY KEY,
          session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
          position INTEGER NOT NULL CHECK (position >= 0),
          question_id TEXT NOT NULL,
          topic TEXT NOT NULL,
          level TEXT NOT NULL,
          minutes INTEGER NOT NULL CHECK (minutes > 0),
          text TEXT NOT NULL,
          variants TEXT NOT NULL,
          points TEXT NOT NULL,
          red_flags TEXT NOT NULL,
          follow_ups TEXT NOT NULL,
          rubric_id TEXT NOT NULL,
          rubric TEXT NOT NULL,
          scale_lo INTEGER NOT NULL,
          scale_hi INTEGER NOT NULL CHECK (scale_hi > scale_lo),
          criteria_count INTEGER NOT NULL CHECK (criteria_count > 0),
          reused INTEGER NOT NULL DEFAULT 0 CHECK (reused IN (0, 1)),
          seconds_spent INTEGER NOT NULL DEFAULT 0 CHECK (seconds_spent >= 0),
          UNIQUE (session_id, position),
          UNIQUE (session_id, question_id)
        );
        CREATE INDEX session_question_by_question ON session_question(question_id);
        CREATE TABLE score (
          session_question_id INTEGER NOT NULL REFERENCES session_question(id) ON DELETE CASCADE,
          interviewer_id INTEGER NOT NULL REFERENCES interviewer(id) ON DELETE CASCADE,
          criterion TEXT NOT NULL,
          value INTEGER NOT NULL CHECK (value BETWEEN -1000 AND 1000),
          -- The criterion's weight in the question's rubric snapshot, so rating scores aggregate in SQL.
          weight REAL NOT NULL CHECK (weight > 0),
          recorded_at DATETIME NOT NULL,
          PRIMARY KEY (session_question_id, interviewer_id, criterion)
        ) WITHOUT ROWID;
        CREATE INDEX score_by_interviewer ON score(interviewer_id);
        -- A score within the scale of the rubric snapshot of its question.
        CREATE TRIGGER score_within_scale_insert BEFORE INSERT ON score
        WHEN NEW.value NOT BETWEEN (SELECT scale_lo FROM session_question WHERE id = NEW.session_question_id)
                              AND (SELECT scale_hi FROM session_question WHERE id = NEW.session_question_id)
        BEGIN SELECT RAISE(ABORT, 'score outside the rubric scale'); END;
        CREATE TRIGGER score_within_scale_update BEFORE UPDATE OF value ON score
        WHEN NEW.value NOT BETWEEN (SELECT scale_lo FROM session_question WHERE id = NEW.session_question_id)
                              AND (SELECT scale_hi FROM session_question WHERE id = NEW.session_question_id)
        BEGIN SELECT RAISE(ABORT, 'score outside the rubric scale'); END;
        CREATE TABLE covered_point (
          session_question_id INTEGER NOT NULL REFERENCES session_question(id) ON DELETE CASCADE,
          interviewer_id INTEGER NOT NULL REFERENCES interviewer(id) ON DELETE CASCADE,
          point INTEGER NOT NULL CHECK (point >= 0),
          recorded_at DATETIME NOT NULL,
          PRIMARY KEY (session_question_id, interviewer_id, point)
        ) WITHOUT ROWID;
        CREATE TABLE follow_up_asked (
          id INTEGER PRIMARY KEY,
          session_question_id INTEGER NOT NULL REFERENCES session_question(id) ON DELETE CASCADE,
          interviewer_id INTEGER NOT NULL REFERENCES interviewer(id) ON DELETE CASCADE,
          follow_up_id TEXT,
          text TEXT NOT NULL,
          recorded_at DATETIME NOT NULL
        );
        CREATE INDEX follow_up_asked_by_question ON follow_up_asked(session_question_id);
        CREATE TABLE red_flag (
          session_question_id INTEGER NOT NULL REFERENCES session_question(id) ON DELETE CASCADE,
          interviewer_id INTEGER NOT NULL REFERENCES interviewer(id) ON DELETE CASCADE,
          flag INTEGER NOT NULL CHECK (flag >= 0),
          recorded_at DATETIME NOT NULL,
          PRIMARY KEY (session_question_id, interviewer_id, flag)
        ) WITHOUT ROWID;
        CREATE TABLE note (
          id INTEGER PRIMARY KEY,
          session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
          session_question_id INTEGER REFERENCES session_question(id) ON DELETE CASCADE,
          interviewer_id INTEGER NOT NULL REFERENCES interviewer(id) ON DELETE CASCADE,
          text TEXT NOT NULL,
          recorded_at DATETIME NOT NULL
        );
        CREATE INDEX note_by_session ON note(session_id);
        CREATE INDEX note_by_question ON note(session_question_id);
        CREATE TABLE skip (
          session_question_id INTEGER NOT NULL REFERENCES session_question(id) ON DELETE CASCADE,
          interviewer_id INTEGER NOT NULL REFERENCES interviewer(id) ON DELETE CASCADE,
          reason TEXT NOT NULL,
          recorded_at DATETIME NOT NULL,
          PRIMARY KEY (session_question_id, interviewer_id)
        ) WITHOUT ROWID;
        CREATE TABLE recommendation (
          session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
          interviewer_id INTEGER NOT NULL REFERENCES interviewer(id) ON DELETE CASCADE,
          value TEXT NOT NULL CHECK (value IN ('strong-no', 'no', 'yes', 'strong-yes')),
          summary TEXT,
          recorded_at DATETIME NOT NULL,
          PRIMARY KEY (session_id, interviewer_id)
        ) WITHOUT ROWID;
        CREATE INDEX recommendation_by_interviewer ON recommendation(interviewer_id);
        """
}
