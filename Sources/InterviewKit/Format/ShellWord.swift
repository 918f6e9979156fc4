import Foundation

/// A word as a POSIX shell reads it back unchanged: as is when it holds only safe characters,
/// otherwise in single quotes (a quote inside written `'\''`).
public enum ShellWord {
    public static func quoted(_ word: String) -> String {
        let safe = !word.isEmpty && word.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "-_./:@+=,".unicodeScalars.contains(scalar))
        }
        return safe ? word : "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}
