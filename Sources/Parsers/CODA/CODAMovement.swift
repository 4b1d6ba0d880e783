/// One CODA movement: a record 2.1 with its 2.2 and 2.3, and the information records
/// (3.1–3.3) that follow it with the same sequence number.
struct CODAMovement {
  /// Positions 3–6: the continuous sequence number shared by a movement and its details.
  let sequence: String
  /// Positions 7–10: 0000 for the movement itself, higher for its detail records.
  let detailNumber: String
  let line: Int
  let path: String
  let creditDebit: CreditDebit
  /// Thousandths (CODA amounts have three decimals).
  let amount: Int
  let bankReference: String?
  let valueDate: String?
  let bookingDate: String?
  /// The eight digits as written: type, family (2), operation (2), category (3).
  let transactionCode: String
  /// The three-digit type of a structured communication (`101` OGM, `127` SEPA direct
  /// debit…), nil for free communication.
  let communicationType: String?
  /// Positions 63–115 of 2.1, 11–63 of 2.2 and 83–125 of 2.3 concatenated as written: one
  /// text the bank wraps at fixed widths, often in the middle of a word.
  var communication: String
  var customerReference: String?
  var counterpartyBIC: String?
  var counterpartyAccount: String?
  var counterpartyName: String?
  /// The ISO reason of an R-transaction (2.2 positions 114–117).
  var returnReason: String?
  /// The information records: each 3.1 starts a block, 3.2 and 3.3 continue it.
  var information: [CODAInformationRecord] = []

  /// Reads a record 2.1.
  /// - Throws: `malformedStatementLine` for a sign other than 0/1 or an amount not in
  ///   digits; `invalidStatementDate` for a value or entry date that is not a date.
  init(_ record: CODARecord) throws(ParseError) {
    sequence = record.text(3, 6)
    detailNumber = record.text(7, 10)
    line = record.line
    path = record.path
    switch record.text(32, 32) {
    case "0": creditDebit = .credit
    case "1": creditDebit = .debit
    case let sign:
      throw record.error(
        .malformedStatementLine,
        "the movement sign in position 32 is \"\(sign)\"; CODA writes 0 for a credit and 1 for "
          + "a debit", fix: "ask the bank for a corrected CODA file")
    }
    amount = try record.amount(33, 47, what: "amount")
    bankReference = record.trimmed(11, 31)
    valueDate = try record.date(48, 53, what: "value date")
    bookingDate = try record.date(116, 121, what: "entry date")
    transactionCode = record.text(54, 61)
    let structured = record.text(62, 62) == "1"
    communicationType = structured ? record.text(63, 65) : nil
    communication = structured ? record.text(66, 115) : record.text(63, 115)
  }

  /// Takes in a record 2.2: more communication, the customer (end-to-end) reference, the
  /// counterparty's BIC and an R-transaction's reason.
  mutating func add22(_ record: CODARecord) {
    communication += record.text(11, 63)
    customerReference = record.trimmed(64, 98)
    counterpartyBIC = record.trimmed(99, 109)
    returnReason = record.trimmed(114, 117)
  }

  /// Takes in a record 3.1. Free text that follows free text runs on: banks spread one long
  /// text over several 3.1 records, cut at 73 characters in the middle of words.
  mutating func addInformation(_ block: CODAInformationRecord) {
    if block.type == nil, let last = information.indices.last, information[last].type == nil {
      information[last].text += block.text
    } else {
      information.append(block)
    }
  }

  /// Takes in a record 2.3: the counterparty's account (IBAN, or a 12-digit Belgian account
  /// followed by its currency), name and the rest of the communication.
  mutating func add23(_ record: CODARecord) {
    let belgian = record.text(11, 22)
    let isBelgianNumber = belgian.allSatisfy(\.isASCIIDigit) && record.text(23, 23) == " "
    counterpartyAccount = isBelgianNumber ? belgian : record.trimmed(11, 44)
    counterpartyName = record.trimmed(48, 82)
    communication += record.text(83, 125)
  }
}
