/// Lower-cases a name and replaces accented Latin letters by their plain letters ("é" → "e",
/// "ß" → "ss", "Ø" → "o"), so names compare the way a person reads them.
enum LatinFolding {
  /// The words of `text`: letters and digits, folded; dots and apostrophes join ("B.V." →
  /// "bv", "D'Arcy" → "darcy"), anything else separates.
  static func foldedWords(of text: String) -> [String] {
    var words: [String] = []
    var word = ""
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 128 {
        switch value {
        case 48...57, 97...122: word.unicodeScalars.append(scalar)
        case 65...90: word.unicodeScalars.append(Unicode.Scalar(value + 32) ?? scalar)
        case 46, 39: continue
        default:
          if !word.isEmpty { words.append(word) }
          word = ""
        }
      } else if let plain = table[value] {
        word += plain
      } else if value == 0x2019 {
        continue
      } else if scalar.properties.isAlphabetic {
        word += String(scalar).lowercased()
      } else {
        if !word.isEmpty { words.append(word) }
        word = ""
      }
    }
    if !word.isEmpty { words.append(word) }
    return words
  }

  /// Accented and special Latin letters (upper and lower case) by their plain lower-case form.
  static let table: [UInt32: String] = {
    let groups: [(String, String)] = [
      ("ÀÁÂÃÄÅĀĂĄ", "a"), ("ÇĆĈĊČ", "c"), ("ĎĐÐ", "d"), ("ÈÉÊËĒĔĖĘĚ", "e"), ("ĜĞĠĢ", "g"),
      ("ĤĦ", "h"), ("ÌÍÎÏĨĪĬĮİ", "i"), ("Ĵ", "j"), ("Ķ", "k"), ("ĹĻĽĿŁ", "l"), ("ÑŃŅŇ", "n"),
      ("ÒÓÔÕÖØŌŎŐ", "o"), ("ŔŖŘ", "r"), ("ŚŜŞŠȘ", "s"), ("ŢŤŦȚ", "t"), ("ÙÚÛÜŨŪŬŮŰŲ", "u"),
      ("Ŵ", "w"), ("ÝŶŸ", "y"), ("ŹŻŽ", "z"), ("Æ", "ae"), ("Œ", "oe"), ("Þ", "th"), ("Ĳ", "ij"),
    ]
    var table: [UInt32: String] = [:]
    for (letters, plain) in groups {
      for scalar in (letters + letters.lowercased()).unicodeScalars {
        table[scalar.value] = plain
      }
    }
    table[0xDF] = "ss"  // ß
    table[0x131] = "i"  // dotless ı
    return table
  }()
}
