import Foundation

/// Which candidates a committee packet covers and how: the library call behind `interview packet`.
public struct PacketQuery: Sendable {
    /// Named candidates; nil for every candidate the filters select.
    public var candidates: [String]?
    /// Only sessions of this blueprint.
    public var blueprint: String?
    /// Only sessions started on or after this time.
    public var since: Date?
    public var blindSeed: UInt64?

    /// The most candidates one packet covers: a committee reads it in minutes.
    public static let limit = 50

    public init(candidates: [String]? = nil, blueprint: String? = nil, since: Date? = nil, blindSeed: UInt64? = nil) {
        self.candidates = candidates
        self.blueprint = blueprint
        self.since = since
        self.blindSeed = blindSeed
    }

    /// "for ada, bo", "of blueprint senior-rust-60 since 2026-11-01": the selection in words.
    public var selection: String {
        var words: [String] = []
        if let candidates { words.append("for " + candidates.joined(separator: ", ")) }
        if let blueprint { words.append("of blueprint \(blueprint)") }
        if let since { words.append("since \(UTCTime.iso(since).prefix(10))") }
        return words.isEmpty ? "in the database" : words.joined(separator: " ")
    }

    /// The packet, with each candidate's finished sessions that the filters select, the fair
    /// scores of the whole database's fit, and `weights` (blueprint id → topic weights).
    public func packet(
        from store: any InterviewDatabase, weights: [String: WeightTable], generatedAt: Date, cache: ResultCache? = ResultCache()
    ) throws -> CommitteePacket {
        let filter = SessionFilter(candidates: candidates, blueprint: blueprint, since: since)
        let participation = try store.participation(filter)
        for name in candidates ?? [] where participation[name] == nil {
            throw StoreError.unknownCandidate(name)
        }
        let names = candidates ?? participation.keys.sorted()
        guard names.count <= Self.limit else {
            throw ReportError.packetTooLarge(selection: selection, candidates: names.count, limit: Self.limit)
        }
        let started = try DatabaseFit.start(store, cache: cache)
        let builder = ReportBuilder(settings: ReportSettings(generatedAt: generatedAt, blindSeed: blindSeed))
        var reports: [(name: String, report: CandidateReport)] = []
        for name in names {
            let records = try store.sessions(ofCandidate: name).filter(filter.selects)
            guard records.contains(where: { $0.status == .finished }),
                  case .candidate(let report) = try builder.candidate(name, records: records)
            else { continue }
            reports.append((name, report))
        }
        guard !reports.isEmpty else { throw ReportError.emptyPacket(selection: selection) }
        var fit: FacetFit?
        var note: String?
        do {
            fit = try started.value()
        } catch let error as StoreError {
            throw error
        } catch {
            note = "no fair scores (\(error))"
        }
        return CommitteePacket(
            title: "Committee packet", reports: reports, fit: fit, fairNote: note, weights: weights, generatedAt: generatedAt,
            blindSeed: blindSeed)
    }
}
