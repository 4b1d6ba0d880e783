import Configuration
import Dunning
import Testing

/// A rate table that is wrong is refused with the file, the line and what to write.
struct RateTableLoadingTests {
  private func parse(_ rows: String, verifiedThrough: String = "2030-12-31") throws -> RateTable {
    try RateTable.parse(
      "table: ecb-mro\ntitle: test\nverifiedThrough: \(verifiedThrough)\nperiods:\n" + rows,
      name: "rates/ecb-mro.yaml")
  }

  @Test("rows out of date order are refused at the row, not sorted silently")
  func outOfOrder() throws {
    let error = try #require(throws: ConfigurationError.self) {
      try parse(
        """
          - { from: 2024-01-01, rate: "4.50", source: "a" }
          - { from: 2023-01-01, rate: "2.50", source: "b" }
        """)
    }
    #expect(error.keyPath == "periods[2].from")
    #expect(error.line == 6)
    #expect(error.file == "rates/ecb-mro.yaml")
  }

  @Test("a row without a source, a bad rate and a verified day before the last row are refused")
  func otherMistakes() throws {
    let noSource = try #require(throws: ConfigurationError.self) {
      try parse("  - { from: 2024-01-01, rate: \"4.50\", source: \" \" }\n")
    }
    #expect(noSource.keyPath == "periods[1].source")
    let badRate = try #require(throws: ConfigurationError.self) {
      try parse("  - { from: 2024-01-01, rate: \"4,50\", source: \"a\" }\n")
    }
    #expect(badRate.keyPath == "periods[1].rate")
    #expect(badRate.line == 5)
    let early = try #require(throws: ConfigurationError.self) {
      try parse(
        "  - { from: 2024-01-01, rate: \"4.50\", source: \"a\" }\n", verifiedThrough: "2023-06-30")
    }
    #expect(early.keyPath == "verifiedThrough")
  }
}
