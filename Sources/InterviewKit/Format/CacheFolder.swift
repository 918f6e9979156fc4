import Foundation

/// The user's cache folder for the tool: `$XDG_CACHE_HOME/interview` (default
/// `~/.cache/interview`). Everything in it may be deleted at any time.
public enum CacheFolder {
    public static func path(environment: [String: String]) -> String {
        let base: String
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            base = ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".cache")
        }
        return (base as NSString).appendingPathComponent("interview")
    }
}
