// Layer probe that must not compile: formats/ renders report data and cannot reach ledger/.
#include "minipilot/ledger/chain.h"
