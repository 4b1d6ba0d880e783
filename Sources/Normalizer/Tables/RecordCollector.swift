import Foundation
import Parsers
import Receivables

/// Collects the records of one file by kind, with rejects, skips and the total-row check.
struct RecordCollector {
  let mapping: SourceMapping
  let file: String
  var result: NormalizedFile
  /// The file's own total rows, checked against the records at the end.
  var totals: [RowCells] = []
  private var customers: [String: Customer] = [:]
  private var customerOrder: [String] = []
  private var itemLines: [String: Int] = [:]
  private var paymentCounts: [String: Int] = [:]

  init(mapping: SourceMapping, file: String, result: NormalizedFile) {
    self.mapping = mapping
    self.file = file
    self.result = result
  }

  mutating func read(_ cells: RowCells) {
    do throws(ValueProblem) {
      let lastFilled =
        cells.row.cells.lastIndex { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? -1
      guard lastFilled < cells.layout.header.count else {
        throw ValueProblem(
          .notAnAmount,
          "the row has \(lastFilled + 1) cells but the header has \(cells.layout.header.count)",
          fix:
            "check for an unquoted delimiter inside a value; quote such values or remove the extra cells"
        )
      }
      switch mapping.kind {
      case .openItems:
        guard let read = try OpenItemRow(cells: cells, file: file).read() else {
          result.skipped.append("line \(cells.row.line): not a booking on a customer account")
          return
        }
        if let first = itemLines[read.item.number] {
          if let earlier = result.items.first(where: { $0.number == read.item.number }),
            earlier.amount == read.item.amount, earlier.openAmount == read.item.openAmount,
            earlier.customerID == read.item.customerID, earlier.issueDate == read.item.issueDate
          {
            // Exports with one line per invoice line (Xero) repeat the invoice's totals.
            result.skipped.append(
              "line \(cells.row.line): another line of invoice \(read.item.number) (first on line \(first))"
            )
            return
          }
          throw ValueProblem(
            .missing, "invoice \(read.item.number) appears twice (first on line \(first))",
            fix: "remove the duplicate row; each invoice number may appear once per file")
        }
        itemLines[read.item.number] = cells.row.line
        remember(read.customer)
        result.items.append(read.item)
      case .customers:
        guard let customer = try CustomerRow(cells: cells).read() else {
          result.skipped.append("line \(cells.row.line): not a customer account (a supplier)")
          return
        }
        remember(customer)
      case .creditInfo:
        result.creditAssessments.append(try CreditAssessmentRow(cells: cells, file: file).read())
      case .payments:
        switch try BankRow(cells: cells, file: file).read() {
        case .payment(var payment):
          let count = paymentCounts[payment.bankReference, default: 0] + 1
          paymentCounts[payment.bankReference] = count
          if count > 1 { payment.bankReference += "#\(count)" }
          result.payments.append(payment)
        case .skipped(let why):
          result.skipped.append("line \(cells.row.line): \(why)")
        }
      case .holds:
        result.holdInstructions.append(try HoldRow(cells: cells, file: file).read())
        result.holdRows[cells.row.line] = cells.row.cells
      case .eInvoices:
        result.skipped.append("line \(cells.row.line): an e-invoice mapping reads XML, not rows")
      }
    } catch {
      var reason = error.message
      let width = cells.row.cells.count
      if width < cells.layout.header.count {
        reason +=
          " (the row has \(width) cells and the header \(cells.layout.header.count): a value may be missing, so the others moved)"
      }
      result.rejected.append(
        RejectedRecord(
          location: SourceLocation(file: file, line: cells.row.line), reason: reason,
          fix: error.fix, rawCells: cells.row.cells))
    }
  }

  private mutating func remember(_ customer: Customer) {
    if let known = customers[customer.id] {
      customers[customer.id] = known.filling(from: customer)
    } else {
      customerOrder.append(customer.id)
      customers[customer.id] = customer
    }
  }

  mutating func finish() -> NormalizedFile {
    result.customers = customerOrder.compactMap { customers[$0] }
    if let warning = TotalCheck(totals: totals, result: result).warning {
      result.warnings.append(warning)
    }
    return result
  }
}

extension Customer {
  /// This customer with empty fields filled from another row of the same customer.
  func filling(from other: Customer) -> Customer {
    var merged = self
    merged.email = email ?? other.email
    merged.language = language ?? other.language
    merged.address = address ?? other.address
    merged.segment = segment ?? other.segment
    merged.creditLimit = creditLimit ?? other.creditLimit
    merged.group = group ?? other.group
    merged.dunningPolicy = dunningPolicy ?? other.dunningPolicy
    return merged
  }
}
