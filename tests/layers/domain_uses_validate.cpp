// Layer probe that must not compile: domain/ is below validate/.
#include "minipilot/validate/text.h"
