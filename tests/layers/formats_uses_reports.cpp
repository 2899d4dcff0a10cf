// Layer probe that must not compile: formats/ renders report data (domain/) and cannot call reports/.
#include "minipilot/reports/summary.h"
