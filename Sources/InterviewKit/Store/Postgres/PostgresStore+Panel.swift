#if PostgreSQL
import Foundation
import PostgresNIO

extension PostgresStore {
    /// Lets a login role (or a group role such as `interview_panel`) record as its own
    /// interviewers under the row-level security policies. Run by the owner of the tables.
    ///
    /// Setting up a panel by hand, as the owner (`.ci/postgres` does the same for the tests):
    ///
    ///     CREATE ROLE interview_panel NOLOGIN;
    ///     CREATE ROLE ann LOGIN IN ROLE interview_panel;  -- then \password ann
    ///     SELECT interview_grant_panel('interview_panel');  -- once the schema exists
    ///
    /// The migration that adds row-level security grants to `interview_panel` itself when that
    /// role already exists.
    public func grantPanelRole(_ role: String) throws(StoreError) {
        try write { db in try db.query("SELECT interview_grant_panel(\(role))") }
    }

    /// Marks an interviewer as the hiring manager (who sees every panel member's marks), or not,
    /// and ties the name to the login role that records as it. Run by the owner of the tables.
    ///
    /// - Throws: ``StoreError/unknownRole(_:)`` when the server has no such login role.
    public func setManager(interviewer: String, login: String, isManager: Bool = true, at date: Date = Date()) throws(StoreError) {
        try write { db in
            guard try db.value(Bool.self, "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = \(login) AND rolcanlogin)") == true else {
                throw StoreError.unknownRole(login)
            }
            try db.query(
                """
                INSERT INTO interviewer (name, created_at, login, is_manager) VALUES (\(interviewer), \(date.stamp), \(login), \(isManager))
                ON CONFLICT (name) DO UPDATE SET login = excluded.login, is_manager = excluded.is_manager
                """)
        }
    }
}
#endif
