import Foundation

/// The fair-score fit of a whole database (scoring.md §9): every criterion score of its finished
/// sessions. A fit is kept in the ``ResultCache`` under the data's version, so it is computed once
/// after each new score; the cached copy numbers candidates instead of naming them, and names
/// are put back when it is read.
public enum DatabaseFit {
    /// The fit, with candidates named; rows on another scale than the most common first one are
    /// left out (one model needs one scale).
    public static func load(_ store: any AnalyticsStore, priors: FacetPriors = .standard, cache: ResultCache? = ResultCache()) throws -> FacetFit {
        let name = "fair-fit-\(priors.ability)-\(priors.difficulty)-\(priors.severity).json"
        let compute = { () throws -> String in
            let fit = try FacetFitter(priors: priors).fit(try ratings(store))
            return String(decoding: try JSONEncoder().encode(fit), as: UTF8.self)
        }
        let text = try cache.map { cache in try cache.text(name, version: try store.dataVersion(), compute: compute) } ?? compute()
        let fit = try JSONDecoder().decode(FacetFit.self, from: Data(text.utf8))
        let names = try store.candidateNames()
        return fit.renamingCandidates(Dictionary(names.map { (String($0.key), $0.value) }, uniquingKeysWith: { first, _ in first }))
    }

    /// The database's criterion scores, coded for the fit.
    static func ratings(_ store: any AnalyticsStore) throws -> FacetRatings {
        var ratings: FacetRatings?
        var weights: [String: Double] = [:]
        var firstError: (any Error)?
        try store.forEachFacetScore { row in
            guard firstError == nil else { return }
            if ratings == nil { ratings = FacetRatings(scale: row.scale) }
            guard ratings?.scale == row.scale else { return }
            weights[row.criterion] = row.weight
            do {
                try ratings?.append(candidate: String(row.candidate), question: row.questionID, interviewer: row.interviewer,
                                    criterion: row.criterion, score: row.value)
            } catch {
                firstError = error
            }
        }
        if let firstError { throw firstError }
        guard var ratings else { throw FacetFitError.noRatings }
        for (criterion, weight) in weights.sorted(by: { $0.key < $1.key }) {
            try ratings.setWeight(weight, for: criterion)
        }
        return ratings
    }
}
