import Foundation

extension Workspace {
  /// The first fields of a new workspace's `company.yaml`, from `arflow init`'s options.
  public struct CompanySeed: Sendable {
    public var name: String?
    public var iban: String?
    public var countryCode: String?
    public var language: String?

    public init(name: String?, iban: String?, countryCode: String?, language: String?) {
      self.name = name
      self.iban = iban
      self.countryCode = countryCode
      self.language = language
    }

    var isEmpty: Bool { [name, iban, countryCode, language].allSatisfy { $0 == nil } }
  }

  /// Writes the seed's fields into the `company.yaml` that `initialise()` just created from the
  /// template (the IBAN also becomes the one own bank account).
  /// - Throws: `PipelineError` when `company.yaml` was there before (it is never overwritten:
  ///   edit it instead) or cannot be written.
  public func seedCompany(_ seed: CompanySeed, createdNow: Bool) throws(PipelineError) {
    guard !seed.isEmpty else { return }
    guard createdNow else {
      throw PipelineError(
        .workspace,
        "mappings/company.yaml exists already, so --company, --iban, --country "
          + "and --language were not written", fix: "edit mappings/company.yaml instead",
        location: companyFile.path)
    }
    do {
      var text = try String(contentsOf: companyFile, encoding: .utf8)
      func set(_ key: String, _ value: String?) {
        guard let value else { return }
        let quoted = "\"" + value.replacingOccurrences(of: "\"", with: "\\\"") + "\""
        text = text.replacingOccurrences(of: "\n\(key): \"\"", with: "\n\(key): \(quoted)")
      }
      set("name", seed.name)
      set("iban", seed.iban)
      set("countryCode", seed.countryCode?.uppercased())
      if let language = seed.language {
        text = text.replacingOccurrences(
          of: "\ndefaultLanguage: en", with: "\ndefaultLanguage: \(language.lowercased())")
      }
      if let iban = seed.iban {
        text = text.replacingOccurrences(
          of: "\nbankAccounts: []", with: "\nbankAccounts: [\"\(iban)\"]")
      }
      try Data(text.utf8).write(to: companyFile, options: .atomic)
    } catch {
      throw PipelineError(
        .workspace, "mappings/company.yaml cannot be written", fix: "check the folder",
        location: companyFile.path, cause: error)
    }
  }
}
