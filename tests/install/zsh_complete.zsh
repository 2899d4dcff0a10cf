#!/usr/bin/env zsh
# What zsh offers for a command line: an interactive zsh (in a pseudo-terminal) with FPATH_DIR first in $fpath
# types LINE and a tab; every completion offered is printed, one a line. Usage: zsh_complete.zsh FPATH_DIR LINE
emulate -L zsh
zmodload zsh/zpty || exit 2
zpty session zsh -f -i
zpty -w session "fpath=(${(q)1} \$fpath); autoload -U compinit; compinit -u -D"
# compadd prints each match it is given; the completion system goes on as usual.
zpty -w session 'compadd () { local -a m; builtin compadd -O m "$@"; print -r -- "<hit>${^m[@]}</hit>" >/dev/tty; builtin compadd "$@" }'
zpty -w session 'print -r -- "<rea""dy>"'
zpty -r session line '*<ready>*' || exit 2
zpty -n -w session "$2"$'\t'
local out chunk quiet=0
# Read until the offers stop coming: half a second without output, at most ten seconds in all.
for i in {1..100}; do
  if zpty -r -t session chunk; then out+=$chunk; quiet=0; else (( ++quiet > 5 )) && [[ $out == *'<hit>'* ]] && break; sleep 0.1; fi
done
zpty -d session
print -r -- "${out//$'\r'/}" | grep -ao '<hit>[^<]*</hit>' | sed 's/<hit>//; s/<\/hit>//' | sort -u
