#ifndef ARFLOW_CLIBXML2_SHIM_H
#define ARFLOW_CLIBXML2_SHIM_H

// Small C wrappers the Swift XML reader needs around libxml2: error capture without stderr
// output, the installation of arflow's external-entity loader and DOCTYPE guards that stop the
// parser before any declaration inside a document type is read.
//
// The external-entity loader itself is written in Swift (`XMLEntityLoader`), not here: it must
// refuse every load (files, network, catalogs) except, while the same thread compiles an XML
// Schema, local files below that schema set's folder (`xs:include` / `xs:import` of sibling
// .xsd files). That needs per-thread state shared by everyone who installs the loader, which a
// `static` variable in this header cannot give (each Swift file that uses the header gets its own
// copy). Instance documents still never load anything.

// Debian builds libxml2 with ICU, and its encoding.h then includes ICU's headers, which clash
// with the ICU copy inside Foundation when both are imported. arflow never uses libxml2's ICU
// converters, so the ICU part of the headers is switched off here.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <string.h>

/// What one libxml2 parse learned beyond the tree: its first error and whether a DOCTYPE was met.
typedef struct arflow_xml_outcome {
  int has_error;
  int error_is_fatal;
  int code;
  int line;
  int column;
  long byte_offset;
  char message[512];
  int doctype_seen;
  int doctype_line;
} arflow_xml_outcome;

/// The libxml2 options the secure reader parses with: no network, big line numbers, CDATA as
/// text, no error printing. Deliberately NOT set: NOENT, DTDLOAD, DTDATTR, DTDVALID, HUGE.
static inline int arflow_xml_secure_options(void) {
  return XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES | XML_PARSE_NOERROR
    | XML_PARSE_NOWARNING;
}

/// The outcome record a context carries while it parses (or NULL when it carries none).
static inline arflow_xml_outcome *arflow_xml_outcome_of(void *data) {
  if (data == NULL) return NULL;
  return (arflow_xml_outcome *)((xmlParserCtxtPtr)data)->_private;
}

/// Structured error handler: keeps the first fatal error (or the first error if none is fatal)
/// with its line, column and byte offset; never prints.
static inline void arflow_xml_record_error(void *data, xmlErrorPtr error) {
  arflow_xml_outcome *outcome = arflow_xml_outcome_of(data);
  if (outcome == NULL || error == NULL || error->level < XML_ERR_ERROR) return;
  int fatal = error->level == XML_ERR_FATAL;
  if (outcome->has_error && (outcome->error_is_fatal || !fatal)) return;
  outcome->has_error = 1;
  outcome->error_is_fatal = fatal;
  outcome->code = error->code;
  outcome->line = error->line;
  outcome->column = error->int2;
  outcome->byte_offset = (long)xmlByteConsumed((xmlParserCtxtPtr)data);
  outcome->message[0] = '\0';
  if (error->message != NULL) {
    strncpy(outcome->message, error->message, sizeof(outcome->message) - 1);
    outcome->message[sizeof(outcome->message) - 1] = '\0';
  }
}

/// Generic (printf-style) error handler that drops everything libxml2 would print to stderr.
static inline void arflow_xml_drop_generic_error(void *data, const char *message, ...) {
  (void)data;
  (void)message;
}

/// Marks the document as carrying a DOCTYPE and stops the parser before it reads the DTD.
static inline void arflow_xml_refuse_doctype(void *data) {
  xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)data;
  arflow_xml_outcome *outcome = arflow_xml_outcome_of(data);
  if (outcome != NULL && !outcome->doctype_seen) {
    outcome->doctype_seen = 1;
    outcome->doctype_line = (ctxt->input != NULL) ? ctxt->input->line : 0;
  }
  xmlStopParser(ctxt);
}

/// SAX hook for `<!DOCTYPE …`: called before the internal subset is parsed.
static inline void arflow_xml_on_internal_subset(
  void *data, const xmlChar *name, const xmlChar *externalID, const xmlChar *systemID) {
  (void)name;
  (void)externalID;
  (void)systemID;
  arflow_xml_refuse_doctype(data);
}

/// SAX hook for `<!ENTITY …>` (defence in depth: never reached while the DOCTYPE hook stops).
static inline void arflow_xml_on_entity_decl(
  void *data, const xmlChar *name, int type, const xmlChar *publicId, const xmlChar *systemId,
  xmlChar *content) {
  (void)name;
  (void)type;
  (void)publicId;
  (void)systemId;
  (void)content;
  arflow_xml_refuse_doctype(data);
}

/// Installs `loader` as libxml2's process-wide external entity loader (libxml2 keeps one loader
/// for all threads); arflow installs `XMLEntityLoader` once, before its first parse.
static inline void arflow_xml_install_loader(xmlExternalEntityLoader loader) {
  xmlInitParser();
  xmlSetExternalEntityLoader(loader);
}

/// Wires a fresh context to an outcome record: silent structured errors and DOCTYPE guards.
static inline void arflow_xml_guard_context(xmlParserCtxtPtr ctxt, arflow_xml_outcome *outcome) {
  ctxt->_private = outcome;
  if (ctxt->sax != NULL) {
    ctxt->sax->serror = arflow_xml_record_error;
    ctxt->sax->internalSubset = arflow_xml_on_internal_subset;
    ctxt->sax->externalSubset = NULL;
    ctxt->sax->entityDecl = arflow_xml_on_entity_decl;
    ctxt->sax->error = NULL;
    ctxt->sax->warning = NULL;
    ctxt->sax->fatalError = NULL;
  }
}

/// Routes this thread's global libxml2 error channels to the context (and nowhere else).
static inline void arflow_xml_silence_thread(xmlParserCtxtPtr ctxt) {
  xmlSetStructuredErrorFunc(ctxt, arflow_xml_record_error);
  xmlSetGenericErrorFunc(NULL, arflow_xml_drop_generic_error);
}

/// Routes this thread's global libxml2 error channels to `handler` (schema compilation, whose
/// inner document parses report there) and drops the printf-style ones.
static inline void arflow_xml_silence_thread_into(void *data, xmlStructuredErrorFunc handler) {
  xmlSetStructuredErrorFunc(data, handler);
  xmlSetGenericErrorFunc(NULL, arflow_xml_drop_generic_error);
}

/// Clears this thread's global error channels again after a parse.
static inline void arflow_xml_restore_thread(void) {
  xmlSetStructuredErrorFunc(NULL, NULL);
  xmlSetGenericErrorFunc(NULL, NULL);
}

/// The line of a node, beyond 65535 too (needs XML_PARSE_BIG_LINES).
static inline long arflow_xml_line(const xmlNode *node) { return xmlGetLineNo(node); }

#endif
