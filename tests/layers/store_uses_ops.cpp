// Layer probe that must not compile: the store (verify) cannot include ops/ above it.
#include "minipilot/ops/decide.h"
