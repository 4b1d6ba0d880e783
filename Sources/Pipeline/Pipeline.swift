// The command line speaks to the pipeline only: the domain values it passes in and out
// (dates, amounts) come with it.
@_exported public import Receivables

/// arflow's version, as `arflow --version` prints it.
public enum ArflowVersion {
  public static let text = "0.9.0"
}
