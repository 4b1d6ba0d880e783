// The command line speaks to the pipeline only: the domain values it passes in and out
// (dates, amounts) come with it.
@_exported public import Receivables
