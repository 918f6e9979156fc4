import Foundation

/// A fit of the database under way (``DatabaseFit/start(_:priors:cache:visiting:)``): its scores
/// have been read, and the model is being fitted (or its kept copy decoded) on another thread
/// while the caller goes on with its own statistics. ``value()`` waits for it.
public final class PendingFit: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the worker before `done` is signalled, read only after waiting for it.
    private var outcome: Result<(fit: FacetFit?, text: String?), any Error>?
    // Called on the caller's thread: makes a fit the worker could not read, keeps a fresh fit's
    // text, names the candidates.
    private let completion: (FacetFit?, String?) throws -> FacetFit
    private var finished: Result<FacetFit, any Error>?

    /// Starts `work` (the fit, or nil when a kept one could not be read, and its text when it is
    /// to be kept) on another thread.
    init(_ work: @escaping @Sendable () throws -> (fit: FacetFit?, text: String?), completion: @escaping (FacetFit?, String?) throws -> FacetFit) {
        self.completion = completion
        DispatchQueue.global().async { [self] in
            outcome = Result { try work() }
            done.signal()
        }
    }

    /// The fit, once it is made; the same value (or error) on every call. Called by the thread
    /// that started it.
    public func value() throws -> FacetFit {
        if let finished { return try finished.get() }
        done.wait()
        let result = Result { () throws -> FacetFit in
            guard let outcome else { throw FacetFitError.noRatings }
            let (fit, text) = try outcome.get()
            return try completion(fit, text)
        }
        finished = result
        return try result.get()
    }
}
