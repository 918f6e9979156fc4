import Foundation

@testable import InterviewKit

/// The bank and blueprints shipped in the repository (rubrics/, sessions/).
enum ShippedBank {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }()

    static func workspace() throws -> BankWorkspace {
        try BankWorkspace.load(bank: root + "/rubrics", sessions: root + "/sessions", linter: .standard())
    }
}
