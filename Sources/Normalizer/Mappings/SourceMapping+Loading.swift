import Configuration
public import Foundation

extension SourceMapping {
  /// Reads every `*.yaml` mapping in `directory`, sorted by name.
  /// - Throws: `NormalizerError` naming the YAML file and what is wrong in it.
  public static func loadAll(from directory: URL) throws(NormalizerError) -> [SourceMapping] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
    } catch {
      throw NormalizerError(
        .mappingInvalid, file: directory.path,
        "cannot read the mappings folder", fix: "run `arflow init` to create the default mappings")
    }
    var mappings: [SourceMapping] = []
    for name in names {
      mappings.append(try load(from: directory.appendingPathComponent(name)))
    }
    return mappings
  }

  /// Reads one mapping file and checks it: known kind and fields, the kind's required fields,
  /// readable dialect settings.
  public static func load(from file: URL) throws(NormalizerError) -> SourceMapping {
    let text: MappingFile
    do {
      text = try ConfigurationFile.decode(
        MappingFile.self, from: file, name: "sources/\(file.lastPathComponent)")
    } catch {
      throw NormalizerError(
        .mappingInvalid, file: file.lastPathComponent, line: error.line,
        "\(error.keyPath.map { "\($0): " } ?? "")\(error.message)", fix: error.fix)
    }
    do {
      return try text.mapping(defaultName: file.deletingPathExtension().lastPathComponent)
    } catch {
      throw NormalizerError(
        .mappingInvalid, file: file.lastPathComponent, error.message,
        fix: "compare it with mappings/sources/generic.yaml and mappings/README.md")
    }
  }
}
