#include "CLineShim.h"
