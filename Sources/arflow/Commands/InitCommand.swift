import ArgumentParser
import Foundation
import Pipeline

/// `arflow init`: creates a workspace with the default mappings.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create a workspace with the default mappings, policy and templates.",
    discussion: """
      mappings/company.yaml is written with the creditor's fields empty: fill them in (or give \
      --company, --iban, --country and --language here) before the first run that writes \
      reminders. arflow doctor checks the workspace.
      """)

  @OptionGroup var options: WorkspaceOptions

  @Option(help: "Your company's name, as letters name it.")
  var company: String?

  @Option(help: "The IBAN customers pay into (check digits are checked).")
  var iban: String?

  @Option(help: "Your country, ISO 3166 two letters (NL, DE, BE, FR, GB).")
  var country: String?

  @Option(help: "The letter language for customers without one: nl, de, fr or en.")
  var language: String?

  func validate() throws {
    if let iban, IBAN(iban) == nil {
      throw ValidationError("--iban '\(iban)' is not a valid IBAN (its check digits do not match)")
    }
    if let country, country.count != 2 || !country.allSatisfy({ $0.isASCII && $0.isLetter }) {
      throw ValidationError("--country '\(country)' is not a two-letter country code, e.g. NL")
    }
    if let language, Language(code: language) == nil {
      throw ValidationError("--language '\(language)' is not nl, de, fr or en")
    }
  }

  func run() throws {
    let workspace = options.workspaceFolder
    let created = try workspace.initialise()
    try workspace.seedCompany(
      Workspace.CompanySeed(name: company, iban: iban, countryCode: country, language: language),
      createdNow: created.contains("mappings/company.yaml"))
    _ = try PipelineRun.open(workspace, logger: options.logger())
    print("Workspace ready at \(workspace.root.path)")
    for file in created { print("  created \(file)") }
    let missing = try workspace.missingCreditorFields()
    if !missing.isEmpty {
      print(
        "Fill in \(missing.joined(separator: ", ")) in mappings/company.yaml before reminders can be written."
      )
    }
    print(
      "Drop files into \(workspace.inbox.path) and run `arflow run`; `arflow doctor` checks the workspace."
    )
  }
}
