#ifndef ARFLOW_CPANGOCAIRO_SHIM_H
#define ARFLOW_CPANGOCAIRO_SHIM_H

#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-font.h>
#include <fontconfig/fontconfig.h>

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

/// Whether a font is drawn from its file as it is: a fontconfig font without synthetic
/// emboldening, without a slanting matrix and not a variable-font instance. Returns 0 for any
/// other font (another backend, or a font fontconfig changes while drawing), which arflow's
/// own PDF writer must not embed from the file.
static inline int arflow_font_is_plain_file(PangoFont *font) {
  if (font == NULL || !PANGO_IS_FC_FONT(font)) return 0;
  FcPattern *pattern = pango_fc_font_get_pattern(PANGO_FC_FONT(font));
  if (pattern == NULL) return 0;
  FcBool flag = FcFalse;
  if (FcPatternGetBool(pattern, FC_EMBOLDEN, 0, &flag) == FcResultMatch && flag) return 0;
  flag = FcFalse;
  if (FcPatternGetBool(pattern, FC_VARIABLE, 0, &flag) == FcResultMatch && flag) return 0;
  FcMatrix *matrix = NULL;
  if (FcPatternGetMatrix(pattern, FC_MATRIX, 0, &matrix) == FcResultMatch && matrix != NULL &&
      (matrix->xx != 1 || matrix->xy != 0 || matrix->yx != 0 || matrix->yy != 1)) {
    return 0;
  }
  return 1;
}

#endif
