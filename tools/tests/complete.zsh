# zsh -f complete.zsh FPATH-DIR TOOL-DIR OUT LINE: types LINE and a TAB into an interactive zsh on a
# pseudo-terminal (with compinit and FPATH-DIR on $fpath, TOOL-DIR on $PATH), and writes every match
# the completion offers to OUT, one per line, then END.  Exit 77 without the zsh/zpty module.
zmodload zsh/zpty || exit 77
fdir=$1 tdir=$2 out=$3 line=$4
zpty z zsh -f -i
zpty -w z "PS1=''; PATH=${(q)tdir}:\$PATH; fpath=(${(q)fdir} \$fpath); autoload -Uz compinit; compinit -u -D"
# Every compadd also writes the matches it adds; when the completion is over, END is written.
zpty -w z "compadd() { local -a m; builtin compadd -O m \"\$@\"; print -rl -- \"\${m[@]}\" >>${(q)out}; builtin compadd \"\$@\" }"
zpty -w z "comppostfuncs=(_test_end); _test_end() { print -r -- END >>${(q)out} }"
# Wait for the shell to be ready (zle drops what was typed before its first prompt).
zpty -w z "print RE''ADY"
zpty -r -m z x '*READY*' || exit 1
zpty -w -n z "$line"$'\t'
integer i
for (( i = 0; i < 100; i++ )); do
	[[ -f $out ]] && grep -qx END $out && break
	sleep 0.1
done
zpty -d z
[[ -f $out ]] && grep -qx END $out
