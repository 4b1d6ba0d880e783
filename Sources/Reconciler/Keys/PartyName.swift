/// A customer or payer name reduced to what identifies the party: lower case, without accents,
/// punctuation, legal form and joining words ("and", "und", "en", "et"), words in alphabetical
/// order.
///
/// "Bakkerij Müller B.V.", "BAKKERIJ MULLER BV" and "Muller, Bakkerij" all read
/// "bakkerij muller".
struct PartyName: Hashable, Sendable {
  /// The significant words, sorted.
  let words: [String]

  init(_ name: String) {
    let all = LatinFolding.foldedWords(of: name)
    let significant = all.filter { !Self.legalForms.contains($0) && !Self.connectors.contains($0) }
    words = (significant.isEmpty ? all : significant).sorted()
  }

  /// The words joined: the key two names are compared by.
  var key: String { words.joined(separator: " ") }

  var isEmpty: Bool { words.isEmpty }

  /// How much of two names is shared: the words in common over the words in either
  /// (0 to 1), counting a word that is a prefix of the other (a truncated name) as shared.
  func similarity(to other: PartyName) -> Double {
    guard !words.isEmpty, !other.words.isEmpty else { return 0 }
    var shared = 0
    for word in words
    where other.words.contains(where: {
      $0 == word || ($0.count >= 4 && word.count >= 4 && ($0.hasPrefix(word) || word.hasPrefix($0)))
    }) {
      shared += 1
    }
    let union = words.count + other.words.count - shared
    return Double(shared) / Double(max(union, 1))
  }

  /// Words that join names ("Smith and Sons", "Müller und Söhne", "Jansen en Zn"): a payer
  /// writes them or an ampersand as it comes.
  static let connectors: Set<String> = ["and", "und", "en", "et"]

  /// Legal forms, as they read after folding (dots dropped: "B.V." reads "bv").
  static let legalForms: Set<String> = Set(
    """
    bv nv vof cv bvba cvba sprl srl sa sas sasu sarl eurl sca scs snc scrl gmbh mbh ag kg ohg \
    ug ev eg kgaa co ltd limited plc llp llc lp inc incorporated corp corporation se spa sl slu \
    ab as asa oy oyj aps kft sro sp zoo haftungsbeschrankt
    """.split(separator: " ").map(String.init))
}
