/// An MT940 amount (`15d`: digits with a decimal comma, `1234,56`, `15,`, `000000001147,95`)
/// turned into a plain decimal with a dot: leading zeros dropped, an empty fraction dropped
/// (`15,` → `15`), the decimals kept as written (`0,3` → `0.3`, `0,00` → `0.00`). A decimal point
/// instead of the comma, as some old Rabobank files write, is read the same way.
enum MT940Amount {
  /// The amount at the start of `characters[index...]`, with the index after it; nil when no
  /// digit or decimal mark starts there.
  static func scan(_ characters: [Character], from index: Int) -> (amount: String, end: Int)? {
    var end = index
    var whole = ""
    var fraction: String?
    while end < characters.count {
      let character = characters[end]
      if character.isASCIIDigit {
        if fraction == nil { whole.append(character) } else { fraction?.append(character) }
      } else if character == "," || character == ".", fraction == nil {
        fraction = ""
      } else {
        break
      }
      end += 1
    }
    guard !whole.isEmpty || !(fraction ?? "").isEmpty else { return nil }
    return (plain(whole: whole, fraction: fraction ?? ""), end)
  }

  /// The plain decimal of a whole amount text such as `3236,28`; nil unless it is all amount.
  static func plain(_ text: some StringProtocol) -> String? {
    let characters = Array(text)
    guard let (amount, end) = scan(characters, from: 0), end == characters.count else {
      return nil
    }
    return amount
  }

  private static func plain(whole: String, fraction: String) -> String {
    let digits = whole.drop { $0 == "0" }
    let integer = digits.isEmpty ? "0" : String(digits)
    return fraction.isEmpty ? integer : integer + "." + fraction
  }
}
