public import Configuration
public import Foundation
public import Receivables

/// `mappings/company.yaml` as written, checked into a `Creditor`.
struct CompanyFile: Decodable {
  var name: String
  var street: String
  var postalCode: String
  var city: String
  var countryCode: String
  var email: String?
  var phone: String?
  var vatNumber: String?
  var iban: String
  var bic: String?
  var defaultLanguage: String
  var bankAccounts: [String]?

  /// - Throws: `ConfigurationError` naming the setting that is wrong.
  func creditor(file: String) throws(ConfigurationError) -> Creditor {
    guard let checked = IBAN(iban) else {
      let problem =
        IBAN.problem(with: iban) == .checkDigits
        ? "its check digits do not match, so a character is probably mistyped"
        : "it is not a country code, two check digits and the account number"
      throw ConfigurationError(
        .wrongValue, file: file, keyPath: "iban",
        message: "'\(iban)' is not a valid IBAN: \(problem)",
        fix: "copy the IBAN exactly as it appears on a bank statement")
    }
    guard let language = Language(code: defaultLanguage) else {
      throw ConfigurationError(
        .wrongValue, file: file, keyPath: "defaultLanguage",
        message: "'\(defaultLanguage)' is not a letter language", fix: "write nl, de, fr or en")
    }
    return Creditor(
      name: name, street: street, postalCode: postalCode, city: city,
      countryCode: countryCode.uppercased(), email: email, phone: phone, vatNumber: vatNumber,
      iban: checked, bic: bic, defaultLanguage: language, bankAccounts: bankAccounts ?? [])
  }
}

extension Workspace {
  /// The creditor of `mappings/company.yaml`.
  /// - Throws: `ConfigurationError` naming the file, the line and the setting to correct.
  public func creditor() throws(ConfigurationError) -> Creditor {
    try ConfigurationFile.decode(CompanyFile.self, from: companyFile, name: "company.yaml")
      .creditor(file: "company.yaml")
  }
}
