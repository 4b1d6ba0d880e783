/// How much of a workbook the reader unpacks and keeps before it refuses the file as too large;
/// the bound that turns a ZIP bomb into a `workbookTooLarge` refusal.
struct XLSXLimits: Sendable {
  /// Uncompressed bytes of all parts read together.
  var totalBytes: Int
  /// Uncompressed bytes of any one part (a sheet's XML is usually the largest).
  var partBytes: Int
  /// Entries the ZIP directory may list.
  var entries: Int
  /// Rows × columns of the table the sheet becomes (every row is as wide as the widest).
  var cells: Int

  /// 512 MiB in all, 256 MiB a part, 100,000 entries, 2^25 cells (e.g. a million rows of 32
  /// columns).
  static let standard = XLSXLimits(
    totalBytes: 512 << 20, partBytes: 256 << 20, entries: 100_000, cells: 1 << 25)
}
