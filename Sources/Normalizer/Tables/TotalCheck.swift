import Parsers
import Receivables

/// Compares a file's own grand total with the sum of its records: a mismatch is a warning,
/// because it means rows were lost or misread (or the report's total covers more than its rows).
struct TotalCheck {
  let totals: [RowCells]
  let result: NormalizedFile

  var warning: String? {
    guard let total = totals.last else { return nil }
    for field in ["openAmount", "amount"] {
      guard let currency = try? total.currency(),
        let stated = try? total.amount(field, currency: currency)
      else { continue }
      let values: [Money] =
        switch field {
        case "openAmount": result.items.map(\.openAmount)
        default: result.items.map(\.amount) + result.payments.map(\.amount)
        }
      guard let sum = try? Money.sum(values.filter { $0.currency == currency }, currency: currency)
      else { return nil }
      if sum != stated {
        return
          "line \(total.row.line): the file's total \(stated.decimalString) \(currency.code) differs from the sum of its rows, \(sum.decimalString) \(currency.code); check for rows that were not read"
      }
      return nil
    }
    return nil
  }
}
