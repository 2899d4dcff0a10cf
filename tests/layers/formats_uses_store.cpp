// Layer probe that must not compile: formats/ cannot reach the store.
#include "minipilot/store/store.h"
