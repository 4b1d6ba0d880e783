import Foundation

/// The `:86:` layout that starts with the other party's account number, then its name, and
/// puts the description on the following lines, as SNS, ASN and RegioBank write it
/// (`NL49RABO0166416932 gerrits glas en schilderwerk`), and older ING and ABN AMRO statements
/// (`0111111111 Hr S Marechal`, `52.89.39.882  MYCOM DEN HAAG`). A first line longer than a name
/// (more than 35 characters after the account) is description, not a name.
enum MT940AccountFirstNarrative {
  static let longestName = 35

  /// Fills `detail` and returns true, or returns false when the text does not start with an
  /// account number.
  static func read(_ lines: [String], into detail: inout BankTransactionDetail) -> Bool {
    let logical = MT940Wrapping.logicalLines(lines)
    guard let first = logical.first else { return false }
    let words = first.split(separator: " ", maxSplits: 1)
    guard let account = words.first, MT940AccountShape.isAccountNumber(account) else {
      return false
    }
    detail.counterpartyAccount = String(account)
    var remittance = Array(logical.dropFirst())
    let rest = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
    if rest.count > longestName {
      remittance.insert(rest, at: 0)
    } else if !rest.isEmpty {
      detail.counterpartyName = rest
    }
    detail.remittance = remittance
    return true
  }
}
