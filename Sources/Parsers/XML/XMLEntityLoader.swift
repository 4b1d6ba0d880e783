import CLibXML2
import Foundation

/// arflow's process-wide libxml2 external entity loader: it refuses every URL (files, network,
/// catalogs), so no XML document ever loads a DTD, an entity or anything a `schemaLocation`
/// names. The one exception is scoped to a thread and a folder: while `allowingFiles(under:_:)`
/// runs, that thread may load local files below the folder, which is how an XML Schema set's
/// `xs:include` / `xs:import` of sibling `.xsd` files are read.
enum XMLEntityLoader {
  /// The thread-dictionary key of the folder this thread may load from.
  private static let folderKey = "arflow.xml.schemaFolder"

  /// Installs the loader once per process; every libxml2 caller in arflow touches this first.
  static let installed: Void = arflow_xml_install_loader(load)

  /// Runs `body` while this thread may load local files below `folder` (and nothing else).
  /// - Parameters:
  ///   - folder: an absolute, standardized folder path without symbolic links.
  ///   - body: the schema compilation.
  static func allowingFiles<Result>(under folder: String, _ body: () -> Result) -> Result {
    _ = installed
    let dictionary = Thread.current.threadDictionary
    let previous = dictionary[folderKey]
    dictionary[folderKey] = folder
    defer { dictionary[folderKey] = previous }
    return body()
  }

  /// The canonical form of a local path: absolute, standardized, symbolic links resolved.
  static func canonicalPath(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }

  private static let load: xmlExternalEntityLoader = { url, _, context in
    guard let url, let context,
      let folder = Thread.current.threadDictionary[folderKey] as? String,
      let path = localPath(String(cString: url)),
      path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    else { return nil }
    return xmlNewInputFromFile(context, path)
  }

  /// The canonical path a `file:` URL or an absolute path names; nil for anything else
  /// (`http:`, `ftp:`, catalog names, relative paths). libxml2 percent-escapes the paths it builds
  /// for imports (`my%20schemas`), so an absolute path that does not exist as written is tried
  /// unescaped.
  private static func localPath(_ url: String) -> String? {
    if url.hasPrefix("/") {
      guard !FileManager.default.fileExists(atPath: url),
        let unescaped = url.removingPercentEncoding
      else { return canonicalPath(url) }
      return canonicalPath(unescaped)
    }
    guard url.hasPrefix("file:/"), let parsed = URL(string: url), parsed.isFileURL,
      parsed.host == nil || parsed.host == "" || parsed.host == "localhost"
    else { return nil }
    return canonicalPath(parsed.path)
  }
}
