// Layer probe that must not compile: ops/ cannot reach the SQLite engine in ledger/.
#include "minipilot/ledger/ledger.h"
