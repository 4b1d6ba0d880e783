public import Configuration
import Foundation
public import Receivables

/// `mappings/company.yaml` as written: every field may still be empty in a new workspace.
struct CompanyFile: Decodable {
  var name: String?
  var street: String?
  var postalCode: String?
  var city: String?
  var countryCode: String?
  var email: String?
  var phone: String?
  var vatNumber: String?
  var iban: String?
  var bic: String?
  var defaultLanguage: String?
  var bankAccounts: [String]?
  var registration: [String]?
  var otherCurrencyAccounts: [String: String]?

  /// The required fields still empty, in file order: those a letter cannot do without.
  var missing: [String] {
    let required = [
      ("name", name), ("street", street), ("postalCode", postalCode), ("city", city),
      ("countryCode", countryCode), ("iban", iban),
    ]
    return required.filter { ($0.1 ?? "").trimmed.isEmpty }.map(\.0)
  }

  /// Checks what is filled in: the IBAN's check digits, the language, the country, the own
  /// accounts. Empty fields are not checked here (see `missing`).
  /// - Throws: `ConfigurationError` `wrongValue` naming the setting.
  func checkFilledIn(file: String) throws(ConfigurationError) {
    if let iban, !iban.trimmed.isEmpty, IBAN(iban) == nil {
      let problem =
        IBAN.problem(with: iban) == .checkDigits
        ? "its check digits do not match, so a character is probably mistyped"
        : "it is not a country code, two check digits and the account number"
      throw ConfigurationError(
        .wrongValue, file: file, keyPath: "iban",
        message: "'\(iban)' is not a valid IBAN: \(problem)",
        fix: "copy the IBAN exactly as it appears on a bank statement")
    }
    if let language = defaultLanguage, Language(code: language) == nil {
      throw ConfigurationError(
        .wrongValue, file: file, keyPath: "defaultLanguage",
        message: "'\(language)' is not a letter language", fix: "write nl, de, fr or en")
    }
    for code in (otherCurrencyAccounts ?? [:]).keys where (try? Currency(code: code)) == nil {
      throw ConfigurationError(
        .wrongValue, file: file, keyPath: "otherCurrencyAccounts.\(code)",
        message: "'\(code)' is not a currency code",
        fix: "write the ISO 4217 code of the currency, e.g. USD, GBP or CHF")
    }
    if let country = countryCode?.trimmed, !country.isEmpty,
      country.count != 2 || !country.allSatisfy({ $0.isASCII && $0.isLetter })
    {
      throw ConfigurationError(
        .wrongValue, file: file, keyPath: "countryCode",
        message: "'\(country)' is not a two-letter country code",
        fix: "write the ISO 3166 code, e.g. NL, DE, BE, FR or GB")
    }
  }

  /// The creditor, when every required field is there.
  /// - Throws: `ConfigurationError` `missingKey` naming the empty fields, or `wrongValue`.
  func creditor(file: String) throws(ConfigurationError) -> Creditor {
    try checkFilledIn(file: file)
    guard missing.isEmpty, let iban = iban.flatMap(IBAN.init) else {
      throw ConfigurationError(
        .missingKey, file: file,
        message: "the creditor is incomplete: \(missing.joined(separator: ", ")) "
          + (missing.count == 1 ? "is" : "are") + " empty",
        fix: "fill in your company's details in mappings/company.yaml (arflow doctor checks it)")
    }
    return Creditor(
      name: name?.trimmed ?? "", street: street?.trimmed ?? "",
      postalCode: postalCode?.trimmed ?? "", city: city?.trimmed ?? "",
      countryCode: countryCode?.trimmed.uppercased() ?? "", email: email?.nonEmpty,
      phone: phone?.nonEmpty, vatNumber: vatNumber?.nonEmpty, iban: iban, bic: bic?.nonEmpty,
      defaultLanguage: defaultLanguage.flatMap(Language.init(code:)) ?? .en,
      bankAccounts: bankAccounts ?? [], registration: registration ?? [],
      otherCurrencyAccounts: Dictionary(
        uniqueKeysWithValues: (otherCurrencyAccounts ?? [:]).compactMap { code, account in
          (try? Currency(code: code)).map { ($0, account) }
        }))
  }
}

extension String {
  fileprivate var trimmed: String { trimmingCharacters(in: .whitespaces) }
  fileprivate var nonEmpty: String? { trimmed.isEmpty ? nil : trimmed }
}

extension Workspace {
  /// `company.yaml` read and checked as far as it is filled in.
  /// - Throws: `ConfigurationError` for a misspelt key or a wrong value (an IBAN whose check
  ///   digits fail), naming the file, line and setting.
  func company() throws(ConfigurationError) -> CompanyFile {
    let company = try ConfigurationFile.decode(
      CompanyFile.self, from: companyFile, name: "company.yaml")
    try company.checkFilledIn(file: "company.yaml")
    return company
  }

  /// The creditor of `mappings/company.yaml`, for letters and e-mails.
  /// - Throws: `ConfigurationError` naming the file, the line and the setting to correct, or
  ///   the required fields still empty.
  public func creditor() throws(ConfigurationError) -> Creditor {
    try company().creditor(file: "company.yaml")
  }

  /// The required fields of `company.yaml` still empty (for `doctor` and the run summary).
  public func missingCreditorFields() throws(ConfigurationError) -> [String] {
    try company().missing
  }
}
