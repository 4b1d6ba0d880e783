#ifndef ARFLOW_CPANGOCAIRO_SHIM_H
#define ARFLOW_CPANGOCAIRO_SHIM_H

#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

/// Pango's fixed-point scale (PANGO_SCALE) as a function Swift can always call.
static inline int arflow_pango_scale(void) { return PANGO_SCALE; }

/// Releases a GObject (PangoLayout, PangoContext) through an untyped pointer.
static inline void arflow_object_unref(void *object) {
  if (object != NULL) g_object_unref(object);
}

/// Sets one PDF metadata entry when cairo supports it (1.16 and later). Returns 1 when set.
static inline int arflow_pdf_set_title(cairo_surface_t *surface, const char *title) {
#if CAIRO_VERSION >= CAIRO_VERSION_ENCODE(1, 16, 0)
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title);
  return 1;
#else
  (void)surface;
  (void)title;
  return 0;
#endif
}

/// Sets the PDF "Creator" entry when cairo supports it (1.16 and later). Returns 1 when set.
static inline int arflow_pdf_set_creator(cairo_surface_t *surface, const char *creator) {
#if CAIRO_VERSION >= CAIRO_VERSION_ENCODE(1, 16, 0)
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, creator);
  return 1;
#else
  (void)surface;
  (void)creator;
  return 0;
#endif
}

#endif
