import Foundation
import Parsers
import Testing

struct CSVReaderEncodingTests {
  @Test("a Windows-1252 export decodes its euro sign and umlauts and says it was Windows-1252")
  func windows1252() throws {
    // "Kunde;Ort;Betrag\r\nMüller;Köln;1.234,50 €\r\nGroß & Söhne;Düsseldorf;99,90 €\r\n"
    let bytes = CSVFixtures.bytes([
      "Kunde;Ort;Betrag\r\nM", .raw([0xFC]), "ller;K", .raw([0xF6]), "ln;1.234,50 ", .raw([0x80]),
      "\r\nGro", .raw([0xDF]), " & S", .raw([0xF6]), "hne;D", .raw([0xFC]), "sseldorf;99,90 ",
      .raw([0x80]), "\r\nB", .raw([0xE4]), "ckerei;Hof;5,00\r\n",
    ])
    let table = try CSVReader.read(Data(bytes), file: "opos.csv")
    #expect(table.encoding == "Windows-1252")
    #expect(table.delimiter == ";")
    #expect(
      table.rows == [
        CSVRow(line: 1, cells: ["Kunde", "Ort", "Betrag"]),
        CSVRow(line: 2, cells: ["Müller", "Köln", "1.234,50 €"]),
        CSVRow(line: 3, cells: ["Groß & Söhne", "Düsseldorf", "99,90 €"]),
        CSVRow(line: 4, cells: ["Bäckerei", "Hof", "5,00"]),
      ])
    #expect(table.warnings.isEmpty)
  }

  static let windows1252Letters: [(UInt8, String)] = [
    (0x80, "€"), (0x82, "‚"), (0x84, "„"), (0x85, "…"), (0x8A, "Š"), (0x8C, "Œ"), (0x8E, "Ž"),
    (0x91, "‘"), (0x92, "’"), (0x93, "“"), (0x94, "”"), (0x96, "–"), (0x97, "—"), (0x99, "™"),
    (0x9A, "š"), (0x9C, "œ"), (0x9E, "ž"), (0x9F, "Ÿ"), (0xA0, "\u{A0}"), (0xA7, "§"),
    (0xC4, "Ä"), (0xE9, "é"), (0xFF, "ÿ"),
  ]

  @Test(
    "Windows-1252 bytes 0x80–0xFF become their own characters, not Latin-1 control codes",
    arguments: windows1252Letters)
  func windows1252Table(_ byte: UInt8, _ letter: String) throws {
    let bytes = CSVFixtures.bytes(["id;text\n1;a", .raw([byte]), "b\n"])
    let table = try CSVReader.read(Data(bytes), file: "x.csv")
    #expect(table.encoding == "Windows-1252")
    #expect(table.rows.last?.cells == ["1", "a" + letter + "b"])
  }

  @Test("a byte Windows-1252 has no letter for is kept as a control character, with a warning")
  func windows1252Undefined() throws {
    let bytes = CSVFixtures.bytes([
      "id;text\n1;Gr", .raw([0xF6, 0xDF]), "e\n2;x", .raw([0x81]), "y\n",
    ])
    let table = try CSVReader.read(Data(bytes), file: "dos.csv")
    #expect(table.encoding == "Windows-1252")
    #expect(table.rows.map(\.cells) == [["id", "text"], ["1", "Größe"], ["2", "x\u{81}y"]])
    let warning = try #require(table.warnings.first)
    #expect(warning.line == 3)
    #expect(warning.message.contains("0x81"))
  }

  @Test("a cp1252 file with one accidental UTF-8-looking pair is still read as Windows-1252")
  func windows1252WithUTF8LookingPair() throws {
    // "MÄ„NNER" (0xC4 0x84 is also UTF-8 for "Ą"), then three umlauts that are not UTF-8.
    let bytes = CSVFixtures.bytes([
      "Name;Ort\nM", .raw([0xC4, 0x84]), "NNER;K", .raw([0xF6]), "ln\nM", .raw([0xFC]),
      "ller;N", .raw([0xFC]), "rnberg\n",
    ])
    let table = try CSVReader.read(Data(bytes), file: "x.csv")
    #expect(table.encoding == "Windows-1252")
    #expect(
      table.rows.map(\.cells) == [["Name", "Ort"], ["MÄ„NNER", "Köln"], ["Müller", "Nürnberg"]])
  }

  @Test("an Excel 'Unicode Text' save (UTF-16LE, BOM, tabs, CRLF) reads like any CSV")
  func excelUnicodeText() throws {
    let text =
      "Kunde\tRechnung\tBetrag\r\nMüller GmbH\tRE-1\t1.234,50\r\n\"Tab\there\"\tRE-2\t€ 5\r\n"
      + "Zoë 😀\tRE-3\t-7,00\r\n"
    let table = try CSVReader.read(Data(CSVFixtures.utf16(text)), file: "unicode.txt")
    #expect(table.encoding == "UTF-16LE with BOM")
    #expect(table.delimiter == "\t")
    #expect(
      table.rows == [
        CSVRow(line: 1, cells: ["Kunde", "Rechnung", "Betrag"]),
        CSVRow(line: 2, cells: ["Müller GmbH", "RE-1", "1.234,50"]),
        CSVRow(line: 3, cells: ["Tab\there", "RE-2", "€ 5"]),
        CSVRow(line: 4, cells: ["Zoë 😀", "RE-3", "-7,00"]),
      ])
  }

  @Test("UTF-16BE with a byte-order mark is read and named")
  func utf16BigEndian() throws {
    let bytes = CSVFixtures.utf16("a;b\nÄ;ß\n", bigEndian: true)
    let table = try CSVReader.read(Data(bytes), file: "be.csv")
    #expect(table.encoding == "UTF-16BE with BOM")
    #expect(table.rows.map(\.cells) == [["a", "b"], ["Ä", "ß"]])
  }

  @Test("a UTF-8 BOM is removed from the first cell and named; accents stay intact")
  func utf8ByteOrderMark() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Kunde;Ort\nMüller;Köln\n".utf8)
    let table = try CSVReader.read(Data(bytes), file: "bom.csv")
    #expect(table.encoding == "UTF-8 with BOM")
    #expect(table.rows.map(\.cells) == [["Kunde", "Ort"], ["Müller", "Köln"]])
  }

  @Test("UTF-8 without a BOM is named UTF-8 and multi-byte letters survive")
  func plainUTF8() throws {
    let table = try CSVReader.read(Data("Name,Ort\nJosé Álvarez,Łódź 😀\n".utf8), file: "u.csv")
    #expect(table.encoding == "UTF-8")
    #expect(table.rows.last?.cells == ["José Álvarez", "Łódź 😀"])
  }

  @Test("UTF-16 without a byte-order mark is not guessed, but its NUL bytes are warned about")
  func utf16WithoutByteOrderMark() throws {
    let bytes = Array(CSVFixtures.utf16("a;b\n1;2\n").dropFirst(2))
    let table = try CSVReader.read(Data(bytes), file: "nobom.txt")
    #expect(table.encoding == "UTF-8")
    let warning = try #require(table.warnings.first)
    #expect(warning.line == 1)
    #expect(warning.message.contains("NUL"))
  }
}
