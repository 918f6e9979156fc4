import ArgumentParser
import Foundation
import InterviewKit

/// `interview fit`: the many-facet model of scoring.md §9 on the database or on a ratings CSV.
struct FitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: "Fair scores: candidate ability, question difficulty and interviewer severity on one scale.",
        discussion: """
            Fits the many-facet rating-scale model (scoring.md §9) to every criterion score of the database's finished \
            sessions, or to a CSV of ratings from anywhere (header candidate,question,interviewer,criterion,score and an \
            optional weight per criterion). Prints each candidate's fair score (the expected score on an average question \
            from an average interviewer) with its 95% interval, each question's difficulty and each interviewer's severity \
            with standard errors and infit/outfit.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, json, csv
    }

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("A ratings CSV to fit instead of the database.", valueName: "file"))
    var ratings: String?

    @Option(help: ArgumentHelp("The scale of the CSV's scores (a score outside it is an error).", valueName: "lo-hi"))
    var scale: String = "1-4"

    @Option(help: "md, json or csv.")
    var format: Format = .md

    @Option(help: "Prior standard deviation of candidate ability, in logits.")
    var sigmaAbility: Double = FacetPriors.standard.ability

    @Option(help: "Prior standard deviation of question difficulty, in logits.")
    var sigmaDifficulty: Double = FacetPriors.standard.difficulty

    @Option(help: "Prior standard deviation of interviewer severity, in logits.")
    var sigmaSeverity: Double = FacetPriors.standard.severity

    func run() throws {
        let priors = FacetPriors(ability: sigmaAbility, difficulty: sigmaDifficulty, severity: sigmaSeverity)
        let fit: FacetFit
        if let ratings {
            let parts = scale.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2, parts[0] < parts[1] else {
                throw ValidationError("--scale takes LO-HI with LO < HI, such as 1-4; got \(scale)")
            }
            let data = try RatingsCSV.read(contentsOf: ratings, scale: ScoreScale(lo: parts[0], hi: parts[1]))
            fit = try FacetFitter(priors: priors).fit(data)
        } else {
            fit = try DatabaseFit.load(try database.open(.readOnly), priors: priors)
        }
        let report = FitReport(fit)
        let text: String
        switch format {
        case .md: text = report.markdown()
        case .json: text = report.json()
        case .csv: text = report.csv()
        }
        Console.write(text, to: STDOUT_FILENO)
    }
}
