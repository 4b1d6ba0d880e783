public import Foundation
import ZIPFoundation

extension XLSXReader {
  /// The first bytes of an OLE2 compound file: Excel 97–2003 `.xls`, and any workbook saved
  /// with a password (Excel encrypts an `.xlsx` into such a file).
  private static let compoundFileMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
  /// The first bytes of a ZIP file's first entry.
  private static let zipMagic: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
  /// The `mimetype` of an OpenDocument spreadsheet.
  private static let odsMimeType = "application/vnd.oasis.opendocument.spreadsheet"

  /// Whether the bytes are an Excel workbook package: a ZIP holding `[Content_Types].xml` and
  /// `xl/workbook.xml`. Reads the ZIP directory only, so the pipeline can route by content,
  /// whatever the file is called.
  public static func looksLikeWorkbook(_ bytes: Data) -> Bool {
    guard let archive = openedZIP(bytes) else {
      return false
    }
    var found = (types: false, workbook: false)
    for entry in archive.prefix(XLSXLimits.standard.entries) {
      switch entry.path.lowercased() {
      case "[content_types].xml": found.types = true
      case XLSXWorkbook.part: found.workbook = true
      default: continue
      }
      if found.types && found.workbook { return true }
    }
    return false
  }

  /// `"xls"` for an OLE2 compound file (Excel 97–2003, or a password-protected workbook),
  /// `"ods"` for an OpenDocument spreadsheet (a ZIP whose `mimetype` entry says so), nil
  /// otherwise; such files are refused with "save it as .xlsx or CSV".
  public static func looksLikeOtherSpreadsheet(_ bytes: Data) -> String? {
    if bytes.starts(with: compoundFileMagic) { return "xls" }
    guard let archive = openedZIP(bytes),
      let entry = archive["mimetype"], entry.uncompressedSize <= 256
    else { return nil }
    var mimeType = Data()
    do {
      _ = try archive.extract(entry) { chunk in
        guard mimeType.count + chunk.count <= 256 else { throw CocoaError(.fileReadTooLarge) }
        mimeType.append(chunk)
      }
    } catch {
      return nil
    }
    let text = String(decoding: mimeType, as: UTF8.self)
    return text.trimmingCharacters(in: .whitespacesAndNewlines) == odsMimeType ? "ods" : nil
  }

  /// The ZIP archive the bytes hold, nil when they hold none.
  private static func openedZIP(_ bytes: Data) -> Archive? {
    guard isZIP(bytes) else { return nil }
    do {
      return try Archive(data: bytes, accessMode: .read, pathEncoding: nil)
    } catch {
      return nil
    }
  }

  /// Whether the bytes start like a ZIP file.
  static func isZIP(_ bytes: Data) -> Bool {
    bytes.starts(with: zipMagic)
  }
}
