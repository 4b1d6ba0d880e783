public import Foundation
import Yams

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
        "cannot read the mappings folder; run `arflow init` to create the default mappings")
    }
    var mappings: [SourceMapping] = []
    for name in names {
      mappings.append(try load(from: directory.appendingPathComponent(name)))
    }
    return mappings
  }

  /// Reads one mapping file and checks that it names only known fields and all required ones.
  public static func load(from file: URL) throws(NormalizerError) -> SourceMapping {
    let mapping: SourceMapping
    do {
      let text = try String(contentsOf: file, encoding: .utf8)
      mapping = try YAMLDecoder().decode(SourceMapping.self, from: text)
    } catch {
      throw NormalizerError(
        .mappingInvalid, file: file.lastPathComponent,
        "the mapping cannot be read: \(error); compare it with mappings/sources/generic.yaml")
    }
    let unknown = Set(mapping.fields.keys).subtracting(knownFields).sorted()
    guard unknown.isEmpty else {
      throw NormalizerError(
        .mappingInvalid, file: file.lastPathComponent,
        "unknown fields \(unknown.joined(separator: ", ")); known fields are \(knownFields.sorted().joined(separator: ", "))"
      )
    }
    let missing = requiredFields.filter { mapping.fields[$0]?.isEmpty ?? true }
    guard missing.isEmpty else {
      throw NormalizerError(
        .mappingInvalid, file: file.lastPathComponent,
        "the mapping must name a column for \(missing.joined(separator: ", "))")
    }
    guard mapping.fields["dueDate"] != nil || mapping.defaults.paymentTermsDays != nil else {
      throw NormalizerError(
        .mappingInvalid, file: file.lastPathComponent,
        "map a dueDate column or set defaults.paymentTermsDays")
    }
    guard DatePattern(mapping.dialect.dateFormat) != nil else {
      throw NormalizerError(
        .mappingInvalid, file: file.lastPathComponent,
        "dateFormat '\(mapping.dialect.dateFormat)' is not one of \(DatePattern.supported.joined(separator: ", "))"
      )
    }
    guard [".", ","].contains(mapping.dialect.decimalSeparator) else {
      throw NormalizerError(
        .mappingInvalid, file: file.lastPathComponent, "decimalSeparator must be \".\" or \",\"")
    }
    return mapping
  }
}
