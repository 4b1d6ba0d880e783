import ArgumentParser
import Foundation
import Pipeline

/// `--item NUMBER | --customer ID`: what a pause or a resume is for, exactly one of them.
struct HoldScopeOptions: ParsableArguments {
  @Option(help: "The invoice or credit-note number.")
  var item: String?

  @Option(help: "The customer number: every item of the customer.")
  var customer: String?

  func validate() throws {
    switch (item, customer) {
    case (nil, nil): throw ValidationError("give --item NUMBER or --customer ID")
    case (.some, .some): throw ValidationError("give --item or --customer, not both")
    default: break
    }
  }

  var scope: Hold.Scope {
    if let item { return .item(item) }
    return .customer(customer ?? "")
  }
}

/// A date option's value, checked in `validate()`.
enum DateOption {
  /// - Throws: `ValidationError` naming the option when `text` is not YYYY-MM-DD.
  static func check(_ text: String?, _ option: String) throws {
    if let text, (try? LocalDate(iso8601: text)) == nil {
      throw ValidationError("\(option) '\(text)' is not a date; write it as YYYY-MM-DD")
    }
  }

  /// The date of a value `check` accepted.
  static func date(_ text: String) throws -> LocalDate {
    try LocalDate(iso8601: text)
  }
}

/// A non-empty `--reason`.
enum ReasonOption {
  static func check(_ text: String?) throws {
    if let text, text.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError("--reason is empty; say why, in a few words")
    }
  }
}
