#ifndef ARFLOW_CQRENCODE_SHIM_H
#define ARFLOW_CQRENCODE_SHIM_H

#include <errno.h>
#include <stddef.h>
#include <qrencode.h>

/// Encodes bytes in 8-bit mode at the smallest version that fits; sets *error to errno on failure.
static inline QRcode *arflow_qr_encode_bytes(
  const unsigned char *bytes, int length, QRecLevel level, int *error) {
  errno = 0;
  QRcode *code = QRcode_encodeData(length, bytes, 0, level);
  if (code == NULL && error != NULL) *error = errno;
  return code;
}

/// True when a failed encode reported that the input does not fit any QR code version.
static inline int arflow_qr_error_is_too_long(int error) { return error == ERANGE; }

#endif
