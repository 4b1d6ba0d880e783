import Foundation
import Parsers

/// Small BAI2 files written by hand, with their control totals worked out in the comments.
enum BAI2Fixture {
  /// One USD account: opening ledger 1500.00, credits 400.00 + 100.00, a debit of 125.00,
  /// closing ledger 1875.00. 49: 150000 + 187500 + 50000 + 12500 (03) + 40000 + 10000 +
  /// 12500 (16) = 462500 over 5 records; 98: 7 records; 99: 9 records.
  static let basic = [
    "01,BANKID,ARFLOW,231002,0800,42,,,2/",
    "02,ARFLOW,026009593,1,231001,2400,USD,2/",
    "03,1234567,USD,010,+150000,,,015,187500,,,100,50000,2,,400,12500,1,/",
    "16,195,40000,0,BR1,CR1,INCOMING WIRE ACME, INV 2023/11/0815/",
    "16,142,10000,1,BR2,,ACH CREDIT/",
    "16,475,12500,V,231002,0930,BR3,CHK 1001,CHECK PAID/",
    "49,462500,5/",
    "98,462500,1,7/",
    "99,462500,1,9/",
  ]

  /// Funds types S, D and Z after the amount, and an 88 continuing the 03 summary.
  /// 49: 100000 + 100000 + 30000 + 30000 (03) + 30000 + 20000 + 10000 (16) = 320000 over 6.
  static let fundsTypes = [
    "01,BANKID,ARFLOW,231002,0800,43,,,2/",
    "02,ARFLOW,026009593,1,231001,,USD,/",
    "03,7654321,,010,100000,,,015,100000,,/",
    "88,100,30000,3,S,10000,15000,5000,400,30000,1,D,2,0,20000,1,10000/",
    "16,399,30000,S,10000,15000,5000,BRS,CRS,FUNDS TYPE S/",
    "16,699,20000,D,2,0,15000,1,5000,BRD,CRD,FUNDS TYPE D/",
    "16,699,10000,Z,BRZ,,FUNDS TYPE Z/",
    "49,320000,6/",
    "98,320000,1,8/",
    "99,320000,1,10/",
  ]

  /// A file with one account in `currency` and the given 16 records (control totals not
  /// checked: read with `checkingTotals` off is not public, so callers keep them right).
  static func file(
    currency: String = "USD", summary: String = "010,0,,,015,0,,", details: [String],
    total: Int, records: Int? = nil
  ) -> [String] {
    let accountRecords = records ?? details.count + 2
    return [
      "01,BANKID,ARFLOW,231002,0800,44,,,2/",
      "02,ARFLOW,026009593,1,231001,,\(currency),/",
      "03,5555,,\(summary)/",
    ] + details + [
      "49,\(total),\(accountRecords)/",
      "98,\(total),1,\(accountRecords + 2)/",
      "99,\(total),1,\(accountRecords + 4)/",
    ]
  }

  static func read(_ lines: [String], separator: String = "\n") throws(ParseError)
    -> [BankStatement]
  {
    try BAI2Reader.read(Data(lines.joined(separator: separator).utf8), file: "bank.bai")
  }
}
