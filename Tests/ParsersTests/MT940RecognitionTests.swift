import Foundation
import Parsers
import Testing

/// `MT940Reader.recognises` decides by content whether a file is MT940/MT942, however the bank
/// starts it; the inbox routes by it whatever the file is named.
struct MT940RecognitionTests {
  static let body =
    ":20:STMT-0301\n:25:NL91ABNA0417164300\n:28C:1/1\n:60F:C250228EUR1,00\n"
    + ":62F:C250301EUR1,00\n-\n"

  static let starts: [(String, String)] = [
    ("`:20:` first", body),
    ("leading blank lines", "\n\n\n" + body),
    ("many leading blank lines", String(repeating: "\r\n", count: 200) + body),
    ("blanks and tabs on the leading lines", " \n\t\n" + body),
    ("a byte-order mark", "\u{FEFF}" + body),
    (
      "a {1:…}{2:…}{4: header line",
      "{1:F01ABNANL2AXXXX0000000000}{2:O940ABNANL2AXXXXN}{3:}{4:\n" + body
    ),
    ("the :20: on the {4: line", "{1:F01ABNANL2AXXXX0000000000}{2:O940ABNANL2AXXXXN}{4::20:X\n"),
    (
      "header blocks on lines of their own", "{1:F01ABNANL2AXXXX0000000000}\n{2:O940}\n{4:\n" + body
    ),
    ("a leading - separator", "-\n" + body),
    ("a leading -} separator", "-}\n" + body),
    ("CRLF line ends", body.replacingOccurrences(of: "\n", with: "\r\n")),
    ("CR line ends", body.replacingOccurrences(of: "\n", with: "\r")),
    ("bank header lines", "0000 01INGBNL2AXXXX00001\n0000 01INGBNL2AXXXX00001\n940 00\n" + body),
    ("a :940: line", ":940:\n" + body),
    ("an SOH control character", "\u{01}\n" + body),
    ("an MT942", ":20:INT-1\n:25:NL91ABNA0417164300\n:28C:1\n:34F:EURD0,\n:13D:2503011200+0100\n"),
  ]

  @Test("real MT940/MT942 starts are recognised", arguments: starts)
  func recognised(_ name: String, _ text: String) throws {
    #expect(MT940Reader.recognises(Data(text.utf8)), "\(name)")
  }

  @Test(
    "what is not MT940 is not taken for it",
    arguments: [
      "Date;Amount;Name\n2025-03-01;12,50;Acme\n",
      "<?xml version=\"1.0\"?>\n<Document/>\n",
      "note: :20: is a SWIFT tag\n",
      "",
      "\n\n\n",
    ])
  func notRecognised(_ text: String) {
    #expect(!MT940Reader.recognises(Data(text.utf8)))
  }

  @Test("every recognised start reads as the statement it holds")
  func readsWhatItRecognises() throws {
    for (name, text) in Self.starts where text.contains(":25:") {
      let statements = try MT940Fixture.read(text)
      #expect(statements.first?.statementID == "STMT-0301" || name == "an MT942", "\(name)")
    }
  }
}
