import Foundation

/// A deterministic open-items CSV as Excel saves it in the Netherlands: `sep=;` line, semicolons,
/// decimal commas with thousands dots, dd-mm-yyyy dates, leading zeros, now and then a quoted
/// name with a semicolon or a doubled quote in it.
struct BenchmarkFile {
  let rows: Int

  func write(to file: URL) throws {
    if let existing = try? FileManager.default.attributesOfItem(atPath: file.path),
      let size = (existing[.size] as? NSNumber)?.int64Value, size > 0,
      (try? String(contentsOf: file.appendingPathExtension("rows"), encoding: .utf8))
        == String(rows)
    {
      return
    }
    _ = FileManager.default.createFile(atPath: file.path, contents: nil)
    let handle = try FileHandle(forWritingTo: file)
    defer { try? handle.close() }
    var buffer =
      "sep=;\r\nFactuurnummer;Klantnummer;Naam;Factuurdatum;Vervaldatum;Factuurbedrag;Openstaand;Valuta;Betalingskenmerk;Omschrijving\r\n"
    var seed: UInt64 = 0x2026_1120
    for index in 1...rows {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let random = seed >> 33
      let customer = Int(random % 9_973)
      let cents = Int(random % 2_500_000) + 100
      let open = index % 5 == 0 ? cents / 2 : cents
      let day = Int(random % 28) + 1
      let month = Int((random >> 8) % 12) + 1
      let name: String =
        switch index % 7 {
        case 0: "\"Klant \(customer); vestiging Noord\""
        case 3: "\"Bakkerij \"\"De Korst\"\" \(customer)\""
        default: "Klant \(customer) B.V."
        }
      buffer += "F\(String(format: "%07d", index));\(String(format: "%05d", customer));\(name);"
      buffer +=
        "\(String(format: "%02d-%02d", day, month))-2026;\(String(format: "%02d-%02d", day, month))-2027;"
      buffer += "\(Self.amount(cents));\(Self.amount(open));EUR;;Levering \(index % 1000)\r\n"
      if buffer.utf8.count > 1 << 20 {
        try handle.write(contentsOf: Data(buffer.utf8))
        buffer = ""
      }
    }
    try handle.write(contentsOf: Data(buffer.utf8))
    try String(rows).write(
      to: file.appendingPathExtension("rows"), atomically: true, encoding: .utf8)
  }

  /// 123456 cents → "1.234,56".
  static func amount(_ cents: Int) -> String {
    let euros = String(cents / 100)
    var grouped = ""
    for (offset, digit) in euros.reversed().enumerated() {
      if offset > 0, offset % 3 == 0 { grouped = "." + grouped }
      grouped = String(digit) + grouped
    }
    return grouped + "," + String(format: "%02d", cents % 100)
  }
}
