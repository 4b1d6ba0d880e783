import ArflowTesting
import Foundation

/// The hybrid PDFs of the shared corpus (`shared/corpus/einvoice/pdf`), read in place and never
/// copied into the package; found by walking up from this source file.
enum PDFCorpus {
  /// The folder, or nil when no ancestor of this file has `shared/corpus/einvoice/pdf`.
  static let folder: URL? = SharedFolder.folder("corpus/einvoice/pdf")

  /// Whether the corpus is there; prints why not (once), so a skipped run says so.
  static let isAvailable: Bool = {
    if folder == nil {
      print("PDF corpus tests skipped: no ancestor of \(#filePath) has shared/corpus/einvoice/pdf")
    }
    return folder != nil
  }()

  /// The bytes of one corpus PDF, e.g. `mustang-EN16931_Einfach.pdf`.
  static func bytes(_ name: String) throws -> Data {
    guard let folder else { throw CocoaError(.fileNoSuchFile) }
    return try Data(contentsOf: folder.appendingPathComponent(name))
  }

  /// The five PDFs SOURCES.md lists.
  static let names = [
    "mustang-EN16931_Einfach.pdf", "mustang-Facture_F20180027.pdf",
    "mustang-validAvoir_FR_type380_BASICWL.pdf", "mustang-zugferd_invoice.pdf",
    "mustang-MustangGnuaccountingBeispielRE-20201121_508blankoA3.pdf",
  ]
}
