#ifndef ARFLOW_CPOPPLER_SHIM_H
#define ARFLOW_CPOPPLER_SHIM_H

// Small C wrappers the Swift PDF reader needs around poppler-glib: opening a PDF from memory
// with the GError turned into a plain outcome record, the GObject casts and unrefs of the
// embedded-file list, and the GLib log handler through which poppler-glib reports every PDF
// syntax problem (poppler-glib routes poppler's error callback to g_log in the "Poppler" domain;
// there is no other error channel to silence).
//
// Nothing here writes a file: embedded files are read through poppler's save callback only.

#include <poppler.h>
#include <string.h>

/// What opening a PDF learned when it failed: whether poppler wants a password, and its message.
typedef struct arflow_pdf_outcome {
  int failed;
  int needs_password;
  char message[256];
} arflow_pdf_outcome;

/// Opens a PDF from a copy of `length` bytes at `data` (poppler keeps its own reference to the
/// copy); NULL on failure, with `outcome` filled in. The caller unrefs the document with
/// `arflow_pdf_close`.
static inline PopplerDocument *arflow_pdf_open(
  const void *data, size_t length, arflow_pdf_outcome *outcome) {
  GBytes *bytes = g_bytes_new(data, length);
  GError *error = NULL;
  PopplerDocument *document = poppler_document_new_from_bytes(bytes, NULL, &error);
  g_bytes_unref(bytes);
  outcome->failed = document == NULL;
  outcome->needs_password = 0;
  outcome->message[0] = '\0';
  if (error != NULL) {
    outcome->needs_password =
      error->domain == POPPLER_ERROR && error->code == POPPLER_ERROR_ENCRYPTED;
    if (error->message != NULL) {
      strncpy(outcome->message, error->message, sizeof(outcome->message) - 1);
      outcome->message[sizeof(outcome->message) - 1] = '\0';
    }
    g_error_free(error);
  }
  return document;
}

/// Releases a document opened with `arflow_pdf_open` (after its attachments are released).
static inline void arflow_pdf_close(PopplerDocument *document) {
  if (document != NULL) g_object_unref(document);
}

/// The attachment a node of `poppler_document_get_attachments`' list holds.
static inline PopplerAttachment *arflow_pdf_attachment(GList *node) {
  return POPPLER_ATTACHMENT(node->data);
}

/// The next node of an attachment list, or NULL.
static inline GList *arflow_pdf_next(GList *node) { return node->next; }

/// Releases the list `poppler_document_get_attachments` returned and every attachment in it.
static inline void arflow_pdf_free_attachments(GList *attachments) {
  g_list_free_full(attachments, g_object_unref);
}

/// Feeds an attachment's (decoded) bytes to `sink`, which stops the copy by returning FALSE.
static inline int arflow_pdf_read_attachment(
  PopplerAttachment *attachment, PopplerAttachmentSaveFunc sink, void *data) {
  return poppler_attachment_save_to_callback(attachment, sink, data, NULL);
}

/// Installs `handler` for every message of the "Poppler" log domain (poppler-glib's only
/// channel for PDF syntax warnings and errors), process-wide.
static inline void arflow_pdf_install_log_handler(GLogFunc handler) {
  g_log_set_handler(
    "Poppler", (GLogLevelFlags)(G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION),
    handler, NULL);
}

/// Hands a message to GLib's default handler (what would have happened without arflow's).
static inline void arflow_pdf_default_log(
  const gchar *domain, GLogLevelFlags level, const gchar *message) {
  g_log_default_handler(domain, level, message, NULL);
}

#endif
