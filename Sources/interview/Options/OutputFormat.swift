import ArgumentParser

/// `--format` for listings: a table for people, JSON for programs.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
}
