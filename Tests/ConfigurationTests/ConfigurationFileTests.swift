import Configuration
import Testing

struct ConfigurationFileTests {
  struct Level: Decodable, Equatable {
    var name: String
    var days: Int
    var channel: Channel?
  }
  enum Channel: String, Decodable { case letter, email }
  struct Policy: Decodable, Equatable {
    var autoApply: Bool?
    var levels: [Level]
    var tolerance: [String: String]?
  }

  @Test("a well-formed file decodes, with a free-form dictionary accepting any key")
  func decodes() throws {
    let policy = try ConfigurationFile.decode(
      Policy.self,
      from: """
        autoApply: false
        levels:
          - name: reminder
            days: 7
          - name: final
            days: 35
            channel: email
        tolerance: { EUR: "0.50", CHF: "0.05" }
        """, name: "policy.yaml")
    #expect(policy.autoApply == false)
    #expect(policy.levels.map(\.days) == [7, 35])
    #expect(policy.levels[1].channel == .email)
    #expect(policy.tolerance == ["EUR": "0.50", "CHF": "0.05"])
  }

  @Test("a misspelt key is refused with its line, a suggestion and the valid keys")
  func misspelt() throws {
    let error = #expect(throws: ConfigurationError.self) {
      try ConfigurationFile.decode(
        Policy.self,
        from: """
          levels:
            - name: reminder
              days: 7
            - name: final
              dayz: 35
          """, name: "policy.yaml")
    }
    #expect(error?.code == .missingKey)
    let unknown = #expect(throws: ConfigurationError.self) {
      try ConfigurationFile.decode(
        Policy.self,
        from: """
          autoAply: true
          levels: []
          """, name: "policy.yaml")
    }
    #expect(unknown?.code == .unknownKey)
    #expect(unknown?.line == 1)
    #expect(unknown?.message == "'autoAply' is not a setting")
    #expect(
      unknown?.fix
        == "did you mean 'autoApply'? the valid keys here are: autoApply, levels, tolerance")
  }

  @Test("an unknown key inside a list entry names the entry and its line")
  func nested() throws {
    let error = #expect(throws: ConfigurationError.self) {
      try ConfigurationFile.decode(
        Policy.self,
        from: """
          levels:
            - name: reminder
              days: 7
              chanel: letter
          """, name: "policy.yaml")
    }
    #expect(error?.code == .unknownKey)
    #expect(error?.line == 4)
    #expect(error?.keyPath == "levels[1]")
    #expect(error?.location == "policy.yaml, line 4 (levels[1])")
    #expect(error?.fix.hasPrefix("did you mean 'channel'?") == true)
  }

  @Test(
    "a value of the wrong kind names the line and what to write",
    arguments: [
      ("levels:\n  - name: a\n    days: seven\n", 3, "'seven' is not a whole number"),
      ("autoApply: maybe\nlevels: []\n", 1, "'maybe' is not true or false"),
      ("levels:\n  - name: a\n    days: 1\n    channel: fax\n", 4, "'fax': "),
      ("levels: reminder\n", 1, "should be a list"),
    ])
  func wrongValue(yaml: String, line: Int, message: String) throws {
    let error = #expect(throws: ConfigurationError.self) {
      try ConfigurationFile.decode(Policy.self, from: yaml, name: "policy.yaml")
    }
    #expect(error?.code == .wrongValue)
    #expect(error?.line == line)
    #expect(error?.message.hasPrefix(message) == true)
  }

  @Test("text that is not YAML is refused with its line")
  func notYAML() throws {
    let error = #expect(throws: ConfigurationError.self) {
      try ConfigurationFile.decode(Policy.self, from: "levels: [\n  a, b\n", name: "policy.yaml")
    }
    #expect(error?.code == .notYAML)
    #expect(error?.line != nil)
  }
}
