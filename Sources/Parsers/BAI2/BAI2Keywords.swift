import Foundation

/// Reads the text lines of a BAI2 detail into a transaction: remittance lines, and the
/// `KEY: value` lines some banks (e.g. Goldman Sachs) put in `88` records.
///
/// `EREF` is the end-to-end id and `REMI` remittance. The counterparty is the debtor
/// (`DBNM` name, `DACT` account, `DBIC`/`DABA` bank) for money in and the creditor (`CRNM`,
/// `CACT`, `CBIC`/`CABA`) for money out; the other side describes the account holder.
/// Other lines, and other keys (`CHKN` check number, `CREF`, `IDNM`…), stay remittance lines
/// as written; a key with an empty value is dropped.
enum BAI2Keywords {
  private static let known: Set<String> = [
    "EREF", "REMI", "DBNM", "DACT", "DBIC", "DABA", "CRNM", "CACT", "CBIC", "CABA",
  ]

  /// Fills `detail` from the detail's text lines (the 16 text first, then each 88).
  static func read(
    _ lines: [String], direction: CreditDebit, into detail: inout BankTransactionDetail
  ) {
    let isCredit = direction == .credit
    for line in lines {
      guard let (key, value) = keyword(line) else {
        detail.remittance.append(line)
        continue
      }
      guard !value.isEmpty else { continue }
      switch key {
      case "EREF": detail.endToEndID = value
      case "REMI": detail.remittance.append(value)
      case isCredit ? "DBNM" : "CRNM": detail.counterpartyName = value
      case isCredit ? "DACT" : "CACT": detail.counterpartyAccount = value
      case isCredit ? "DBIC" : "CBIC": detail.counterpartyBankID = value
      case isCredit ? "DABA" : "CABA":
        detail.counterpartyBankID = detail.counterpartyBankID ?? value
      default: break
      }
    }
  }

  /// `("EREF", "1111")` for `EREF: 1111`, `("", "")` for any `ABCD:` without a value; nil
  /// for other lines.
  private static func keyword(_ line: String) -> (String, String)? {
    let key = String(line.prefix(4))
    guard line.dropFirst(4).first == ":", key.allSatisfy({ $0.isASCII && $0.isUppercase })
    else { return nil }
    let value = line.dropFirst(5).trimmingCharacters(in: .whitespaces)
    if value.isEmpty { return ("", "") }
    return known.contains(key) ? (key, value) : nil
  }
}
