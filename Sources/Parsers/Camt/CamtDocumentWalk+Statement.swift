extension CamtDocumentWalk {
  /// Reads one `Stmt`/`Rpt`/`Ntfctn`: the header elements before the entries (`Bal` always
  /// comes before `Ntry`), then each `<Ntry>` as it is passed.
  ///
  /// A path step carries `[n]` only when there are several elements of that name. The reader
  /// cannot know whether a second entry follows the first, so the first entry is reported when
  /// the second one starts (as `Ntry[1]`) or when the statement ends (as `Ntry`); an error in it
  /// is held back the same way. Statements cannot be held back (their entries are streamed), so
  /// the first statement of a file with several is `Stmt`, the others `Stmt[2]`, `Stmt[3]`….
  func walkStatement(
    number: Int, path: String, format: String, _ emit: (Event) throws -> Void
  ) throws {
    var statement = BankStatement(format: format, line: reader.line, path: path)
    let suffix = number > 1 ? " of statement \(number)" : ""
    var announced = false
    var entries = 0
    var balances = 0
    var firstEntry: Result<BankStatementEntry, ParseError>?
    try reader.forEachChild {
      if reader.isNamed("Ntry") {
        if !announced { try emit(.statement(statement)) }
        announced = true
        entries += 1
        if entries == 2, let first = firstEntry {
          try emit(.entry(Self.indexed(first, from: path + "/Ntry", to: path + "/Ntry[1]").get()))
          firstEntry = nil
        }
        let node = try reader.expand()
        let scope = CamtReader.Scope(
          top: node, topPath: path + "/Ntry" + (entries > 1 ? "[\(entries)]" : ""),
          file: reader.file, label: "entry \(entries)\(suffix)")
        let entry = Result { () throws(ParseError) in
          try CamtReader.entry(node, scope: scope, account: statement.account)
        }
        try reader.skip()
        if entries == 1 { firstEntry = entry } else { try emit(.entry(entry.get())) }
      } else if case let name = reader.localName, CamtReader.headerElements.contains(name) {
        if name == "Bal" { balances += 1 }
        let step = name == "Bal" && balances > 1 ? "Bal[\(balances)]" : name
        let node = try reader.expand()
        let scope = CamtReader.Scope(
          top: node, topPath: path + "/" + step, file: reader.file, label: suffix)
        try CamtReader.readHeader(node, into: &statement, scope: scope)
        try reader.skip()
      } else {
        try reader.skip()
      }
    }
    if !announced { try emit(.statement(statement)) }
    if let firstEntry { try emit(.entry(firstEntry.get())) }
    try emit(.finished(statement))
  }

  /// The first entry (or its error) with `old` (`…/Ntry`) replaced by `new` (`…/Ntry[1]`) at
  /// the start of every path in it.
  private static func indexed(
    _ first: Result<BankStatementEntry, ParseError>, from old: String, to new: String
  ) -> Result<BankStatementEntry, ParseError> {
    let move = { (path: String) in path.hasPrefix(old) ? new + path.dropFirst(old.count) : path }
    switch first {
    case .success(var entry):
      entry.path = move(entry.path)
      for index in entry.transactions.indices {
        entry.transactions[index].path = move(entry.transactions[index].path)
      }
      return .success(entry)
    case .failure(let error):
      return .failure(
        ParseError(
          error.code, file: error.file, line: error.line, element: error.element.map(move),
          message: error.message, fix: error.fix))
    }
  }
}
