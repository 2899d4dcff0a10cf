// Layer probe that must not compile: reports/ read through the store, never the SQLite engine.
#include "minipilot/ledger/ledger.h"
