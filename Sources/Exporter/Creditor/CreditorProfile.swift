public import Foundation
public import Receivables
import Yams

/// The creditor of `mappings/company.yaml`: who the letters come from and where to pay.
public struct CreditorProfile: Sendable, Equatable, Decodable {
  public var name: String
  public var street: String
  public var postalCode: String
  public var city: String
  /// ISO 3166 alpha-2, "NL".
  public var countryCode: String
  public var email: String?
  public var phone: String?
  public var vatNumber: String?
  public var iban: String
  public var bic: String?
  /// The letter language for customers without one.
  public var defaultLanguage: Language
  /// The creditor's own bank accounts (IBANs): only statements for these are read; empty means
  /// every account is accepted (and `arflow status` warns about it).
  public var bankAccounts: [String]

  private enum CodingKeys: String, CodingKey {
    case name, street, postalCode, city, countryCode, email, phone, vatNumber, iban, bic
    case defaultLanguage, bankAccounts
  }

  public init(from decoder: any Decoder) throws {
    let values = try decoder.container(keyedBy: CodingKeys.self)
    name = try values.decode(String.self, forKey: .name)
    street = try values.decode(String.self, forKey: .street)
    postalCode = try values.decode(String.self, forKey: .postalCode)
    city = try values.decode(String.self, forKey: .city)
    countryCode = try values.decode(String.self, forKey: .countryCode)
    email = try values.decodeIfPresent(String.self, forKey: .email)
    phone = try values.decodeIfPresent(String.self, forKey: .phone)
    vatNumber = try values.decodeIfPresent(String.self, forKey: .vatNumber)
    iban = try values.decode(String.self, forKey: .iban)
    bic = try values.decodeIfPresent(String.self, forKey: .bic)
    defaultLanguage = try values.decode(Language.self, forKey: .defaultLanguage)
    bankAccounts = try values.decodeIfPresent([String].self, forKey: .bankAccounts) ?? []
  }

  /// Reads `company.yaml`.
  /// - Throws: `ExportError` naming the file and what is missing.
  public static func load(from file: URL) throws(ExportError) -> CreditorProfile {
    do {
      return try YAMLDecoder().decode(
        CreditorProfile.self, from: String(contentsOf: file, encoding: .utf8))
    } catch {
      throw ExportError(
        "\(file.lastPathComponent) cannot be read: \(error)",
        fix: "compare it with the company.yaml that `arflow init` writes")
    }
  }

  /// The IBAN in groups of four for print: "NL91 ABNA 0417 1643 00".
  public var formattedIBAN: String {
    let compact = iban.filter { !$0.isWhitespace }.uppercased()
    return stride(from: 0, to: compact.count, by: 4).map { offset in
      let start = compact.index(compact.startIndex, offsetBy: offset)
      let end = compact.index(start, offsetBy: 4, limitedBy: compact.endIndex) ?? compact.endIndex
      return String(compact[start..<end])
    }.joined(separator: " ")
  }

  /// The sender's address as one line for above the letter window.
  var returnAddress: String { "\(name) · \(street) · \(postalCode) \(city)" }
}
