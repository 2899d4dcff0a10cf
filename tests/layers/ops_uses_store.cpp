// Layer probe that must compile: ops/ sees the store's engine-neutral headers.
#include "minipilot/store/pilots.h"
