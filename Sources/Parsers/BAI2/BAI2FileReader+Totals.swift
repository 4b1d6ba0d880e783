extension BAI2FileReader {
  /// Account trailer 49: control total (all amounts of the 03 and 16 records) and number of
  /// records (03, 16, 88 and the 49 itself).
  /// - Returns: the control total as written, which the group trailer adds up.
  func check49(_ record: BAI2Record, _ account: BAI2Account) throws(ParseError) -> Int {
    let (total, count) = try numbers(record, names: ["account control total", "number of records"])
    let sum = try added(account.amounts, record)
    guard total != sum || count[0] != account.records else { return total }
    let money = { (value: Int) in
      (value < 0 ? "-" : "") + StatementAmount.decimal(value, decimals: account.decimals)
    }
    throw mismatch(
      record, path: account.statement.path,
      "the account trailer says \(account.statement.path) (account "
        + "\(account.statement.account ?? "?")) adds up to \(money(total)) over "
        + "\(counted(count[0], "record")), but its balances and transactions add up to "
        + "\(money(sum)) over \(counted(account.records, "record"))")
  }

  /// Group trailer 98: control total (the 49 totals), number of accounts, number of records.
  func check98(_ record: BAI2Record, _ group: BAI2Group) throws(ParseError) -> Int {
    let (total, counts) = try numbers(
      record, names: ["group control total", "number of accounts", "number of records"])
    let sum = try added(group.accountTotals, record)
    guard total != sum || counts != [group.accounts, group.records] else { return total }
    throw mismatch(
      record, path: "group \(group.number)",
      "the group trailer says group \(group.number) has \(counted(counts[0], "account")) and "
        + "\(counted(counts[1], "record")) with a control total of \(total), but it holds "
        + "\(counted(group.accounts, "account")) and \(counted(group.records, "record")) whose "
        + "account trailers add up to \(sum)")
  }

  /// File trailer 99: control total (the 98 totals), number of groups, number of records.
  func check99(_ record: BAI2Record) throws(ParseError) {
    let (total, counts) = try numbers(
      record, names: ["file control total", "number of groups", "number of records"])
    let sum = try added(groupTotals, record)
    guard total != sum || counts != [groups, records] else { return }
    throw mismatch(
      record, path: nil,
      "the file trailer says the file has \(counted(counts[0], "group")) and "
        + "\(counted(counts[1], "record")) with a control total of \(total), but it holds "
        + "\(counted(groups, "group")) and \(counted(records, "record")) whose group trailers "
        + "add up to \(sum)")
  }

  private func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }

  private func numbers(_ record: BAI2Record, names: [String]) throws(ParseError)
    -> (total: Int, counts: [Int])
  {
    let fields = record.fields
    var values: [Int] = []
    for (index, name) in names.enumerated() {
      let field = index < fields.count ? fields[index] : ""
      guard let value = BAI2Record.integer(field) else {
        throw record.error(
          .malformedStatementLine, "the \(name) is \"\(field)\", not a whole number",
          fix: "ask the bank for a corrected file", file: file)
      }
      values.append(value)
    }
    return (values[0], Array(values.dropFirst()))
  }

  private func added(_ values: [Int], _ record: BAI2Record) throws(ParseError) -> Int {
    guard let sum = StatementAmount.total(values) else {
      throw record.error(
        .malformedStatementLine, "the amounts are too large to add up",
        fix: "ask the bank for a corrected file", file: file)
    }
    return sum
  }

  private func mismatch(_ record: BAI2Record, path: String?, _ message: String) -> ParseError {
    record.error(
      .malformedStatementLine, message,
      fix: "the file is incomplete or was changed after the bank made it: download it again, "
        + "and never edit a BAI2 file by hand", file: file, path: path)
  }
}
