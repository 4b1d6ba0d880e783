import Testing

/// A corpus suite whose folder is empty would pass with no cases at all: each folder the suites
/// read must hold files whenever the corpus is there.
@Suite(.enabled(if: Corpus.isAvailable, "needs ../shared/corpus"))
struct CorpusFoldersTests {
  @Test(
    "every corpus folder the suites read holds files",
    arguments: [
      "bank/camt052", "bank/camt053", "bank/camt054", "bank/mt940", "bank/mt942", "bank/coda",
      "bank/bai2", "bank/invalid", "csv/spectrum", "csv/bank-de", "csv/clevercsv", "csv/csvw",
      "csv/datev", "csv/duckdb-sniffer", "csv/openitems", "einvoice/ubl", "einvoice/cii",
      "einvoice/pdf",
    ])
  func folderHoldsFiles(folder: String) {
    #expect(!Corpus.files(in: folder).isEmpty, "\(folder) is empty or missing in ../shared/corpus")
  }
}
