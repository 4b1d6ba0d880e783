import Configuration
public import Foundation
public import Receivables

/// The credit manager's reconciliation choices, from `mappings/reconciliation.yaml`: whether
/// matches are applied or only proposed, the lowest confidence applied, tolerances, credit
/// netting, and what becomes of a bank statement whose balances do not add up.
public struct ReconciliationPolicy: Hashable, Sendable {
  /// When false, nothing is booked: every match the rules find is listed as a suggestion.
  public var autoApply: Bool
  /// Matches with a lower confidence are listed as suggestions instead of being booked.
  public var minimumConfidence: Int
  /// The matcher's settings: tolerances, write-off reason, credit netting, subset limits.
  public var matching: MatchingSettings
  /// What to do with a bank statement whose balances do not add up (`statements:
  /// balanceMismatch:`): book its payments and mark it unproven (`book`, the default), or
  /// refuse it whole (`refuse`).
  public var balanceMismatch: BalanceMismatch

  public init(
    autoApply: Bool = true, minimumConfidence: Int = 70,
    matching: MatchingSettings = MatchingSettings(), balanceMismatch: BalanceMismatch = .book
  ) {
    self.autoApply = autoApply
    self.minimumConfidence = minimumConfidence
    self.matching = matching
    self.balanceMismatch = balanceMismatch
  }

  /// Reads the policy; a missing file is the default policy (auto-apply, no tolerance).
  /// - Throws: `ReconciliationError` naming the file and the setting to correct.
  public static func load(from file: URL) throws(ReconciliationError) -> ReconciliationPolicy {
    guard FileManager.default.fileExists(atPath: file.path) else { return ReconciliationPolicy() }
    struct Text: Decodable {
      var autoApply: Bool?
      var minimumConfidence: Int?
      var tolerance: [String: String]?
      var writeOffReason: String?
      var creditNotes: String?
      var maxCombinedItems: Int?
      var maxCombinationCandidates: Int?
      var suggestions: Int?
      var statements: Statements?
    }
    struct Statements: Decodable {
      var balanceMismatch: String?
    }
    // A misspelt setting would silently keep its default (auto-apply on): the reader refuses it.
    let text: Text
    do {
      text = try ConfigurationFile.decode(Text.self, from: file)
    } catch {
      throw ReconciliationError(
        .policyInvalid, error.message, fix: error.fix, location: error.location, cause: error)
    }
    var policy = ReconciliationPolicy()
    policy.autoApply = text.autoApply ?? true
    policy.minimumConfidence = text.minimumConfidence ?? 70
    for (code, amount) in text.tolerance ?? [:] {
      guard let currency = try? Currency(code: code.uppercased()),
        let money = try? Money(decimal: amount, currency: currency), !money.isNegative
      else {
        throw ReconciliationError(
          .policyInvalid,
          "\(file.lastPathComponent): tolerance \(code): \(amount) is not an amount in a known currency",
          fix: "write it as `EUR: \"0.50\"`")
      }
      policy.matching.tolerances[currency] = money
    }
    if let reason = text.writeOffReason { policy.matching.writeOffReason = reason }
    if let netting = text.creditNotes {
      let choices: [String: MatchingSettings.CreditNoteNetting] = [
        "referred-invoices": .referredInvoices, "oldest-items": .oldestItems, "never": .never,
      ]
      guard let choice = choices[netting] else {
        throw ReconciliationError(
          .policyInvalid, "\(file.lastPathComponent): creditNotes: \(netting) is not a choice",
          fix: "write referred-invoices, oldest-items or never")
      }
      policy.matching.creditNoteNetting = choice
    }
    if let size = text.maxCombinedItems { policy.matching.maxSubsetSize = max(1, min(size, 6)) }
    if let items = text.maxCombinationCandidates {
      policy.matching.maxSubsetItems = max(1, min(items, 40))
    }
    if let count = text.suggestions { policy.matching.suggestionsPerPayment = max(0, count) }
    if let choice = text.statements?.balanceMismatch {
      guard let mismatch = BalanceMismatch(rawValue: choice) else {
        throw ReconciliationError(
          .policyInvalid,
          "\(file.lastPathComponent): statements: balanceMismatch: \(choice) is not a choice",
          fix: "write book (book the payments and mark the statement unproven) or refuse "
            + "(refuse the statement whole)")
      }
      policy.balanceMismatch = mismatch
    }
    return policy
  }
}
