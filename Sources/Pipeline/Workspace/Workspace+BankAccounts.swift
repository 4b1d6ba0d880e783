import Configuration
import Foundation
import Receivables

extension Workspace {
  /// The creditor's own bank accounts from `mappings/company.yaml`; empty when it lists none.
  /// - Throws: `ConfigurationError` when `company.yaml` cannot be read (no statement is read
  ///   then: accepting every account by mistake would book other people's money).
  func ownBankAccounts() throws(ConfigurationError) -> [String] {
    try company().bankAccounts ?? []
  }

  /// What an operator should fix in the workspace's configuration, for `arflow status`.
  public func configurationWarnings() -> [String] {
    do {
      if try ownBankAccounts().isEmpty {
        return [
          "mappings/company.yaml lists no bankAccounts: statements for every account are read as the creditor's"
        ]
      }
      return []
    } catch {
      return ["\(error.message) (\(error.fix))"]
    }
  }
}
