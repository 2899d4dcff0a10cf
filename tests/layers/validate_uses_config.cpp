// Layer probe that must not compile: validate/ cannot include config/ above it.
#include "minipilot/config/config.h"
