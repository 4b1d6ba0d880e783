extension DateLayout {
  /// The layout a mapping names: "yyyy-mm-dd", "dd-mm-yyyy", "dd.mm.yyyy", "dd/mm/yyyy",
  /// "mm/dd/yyyy" (or the same with "yy"), "d mmm yyyy", "excel" or "excel-1904";
  /// nil for anything else. DATEV's DDMM needs the header's year and is not named here.
  public init?(pattern: String) {
    let text = String(CellText.trimmed(pattern)).lowercased()
    switch text {
    case "yyyy-mm-dd", "iso": self = .iso
    case "d mmm yyyy", "dd mmm yyyy", "month name": self = .monthName
    case "excel", "excel-1900": self = .excelSerial(.from1900)
    case "excel-1904": self = .excelSerial(.from1904)
    default:
      guard let separator = text.first(where: { !$0.isLetter }), "-./".contains(separator)
      else { return nil }
      let parts = text.split(separator: separator, omittingEmptySubsequences: false)
      guard parts.count == 3, ["yy", "yyyy"].contains(parts[2]) else { return nil }
      switch (parts[0], parts[1]) {
      case ("dd", "mm"): self = .dayMonthYear(separator: separator)
      case ("mm", "dd"): self = .monthDayYear(separator: separator)
      default: return nil
      }
    }
  }
}
