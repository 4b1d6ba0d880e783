#ifndef ARFLOW_CDEFLATE_SHIM_H
#define ARFLOW_CDEFLATE_SHIM_H

#include <zlib.h>

#endif
