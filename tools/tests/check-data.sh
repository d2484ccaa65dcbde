#!/bin/sh
# tools/check-data.py: the data files pass, and each kind of mistake in a copy of them is caught with
# exit status 1 and a line naming it; a file it cannot read gives 2.
. "$top_srcdir/tests/tap.sh"
# These tools are Python over data/ and never load the library: the sanitizer stage's preloaded ASan
# runtime has nothing to check here, and in grep and python3 it reports overflows that are not there.
unset LD_PRELOAD

py=${PYTHON3:-$(command -v python3)}
[ -n "$py" ] || tap_skip_all "no python3"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

# cd_run [DIR]: runs the checker on DIR (default: the data); output in $tmp/out, status in $rc.
cd_run() {
	"$py" "$top_srcdir/tools/check-data.py" --data "${1:-$top_srcdir/data}" \
		--header "$top_srcdir/include/httpstatus.h" >"$tmp/out" 2>"$tmp/err"
	rc=$?
}
# broken FILE SED-SCRIPT: a fresh copy of data/ in $tmp/d with FILE edited by SED-SCRIPT, checked.
broken() {
	rm -rf "$tmp/d" && cp -R "$top_srcdir/data" "$tmp/d" && chmod -R u+w "$tmp/d" &&
		sed "$2" "$top_srcdir/data/$1" >"$tmp/d/$1" && cd_run "$tmp/d"
}
# appended FILE LINE: a fresh copy of data/ with LINE added at the end of FILE, checked.
appended() {
	rm -rf "$tmp/d" && cp -R "$top_srcdir/data" "$tmp/d" && chmod -R u+w "$tmp/d" &&
		printf '%s\n' "$2" >>"$tmp/d/$1" && cd_run "$tmp/d"
}
# fails_with TEXT: exit status 1 and TEXT in the output.
fails_with() {
	[ "$rc" -eq 1 ] && grep -qF -- "$1" "$tmp/out" ||
		{ echo "# exit $rc; output:"; sed 's/^/#   /' "$tmp/out" "$tmp/err"; return 1; }
}

cd_run
tap_check "the data passes every check" sh -c '[ "$1" -eq 0 ] && [ ! -s "$2" ]' _ "$rc" "$tmp/out"

appended aliases.csv 'phrase,not found,410,test,judgement: test,'
tap_check "an alias that folds to another code's phrase is refused" fails_with "phrase 'not found' could mean 404"
appended aliases.csv 'name,GONE_AWAY,410,test,judgement: test,
name,gone_away,404,test,judgement: test,'
tap_check "an alias that could mean two codes is refused" fails_with "name 'gone_away' could mean 410"
appended aliases.csv 'phrase,Moved Temporarily,302,test,judgement: test,'
tap_check "an alias listed twice is refused" fails_with "is listed twice for 302"
appended aliases.csv 'name,FOUND,302,test,judgement: test,'
tap_check "an alias that repeats the current name is refused" fails_with "name 'found' is listed twice for 302"
appended aliases.csv 'phrase,Redirect,301,test,judgement: test,'
tap_check "a phrase that is another code's name is refused" fails_with "'redirect' is a name of 302 and a phrase of 301"
appended aliases.csv 'name,VERSION_NUMBER,505,test,judgement: test,'
tap_check "a name that spells one of the header's constants is refused" fails_with "would read as one of the header's other constants"
appended aliases.csv 'name,VERSION,505,test,judgement: test,'
tap_check "a name that is the stem of one of the header's constants is refused" fails_with "HTTPSTATUS_VERSION would read as"
appended aliases.csv 'name,Not Found,404,test,judgement: test,'
tap_check "a name that is not enum-style is refused" fails_with "a name is upper-case words"
appended aliases.csv 'phrase,Moved  Away,301,,,'
tap_check "a phrase with a double space and no source is refused" sh -c \
	'grep -q "single spaces" "$1" && grep -q "no source" "$1"' _ "$tmp/out"
appended aliases.csv 'phrase,Service Unavailable Now,999,test,judgement: test,'
tap_check "an alias of a code that is not registered is refused" fails_with "code 999 is not in statuses.csv"
appended aliases.csv 'phrase,Request AAAA Timed Out Now,408,test,judgement: test,
phrase,Request BBBB Timed Out Now,408,test,judgement: test,'
tap_check "keys the generated hash cannot tell apart are refused" fails_with "look the same to the generated hash"

appended unofficial.csv '600,TOO_BIG,Too Big,nobody,none,none,judgement: test,'
tap_check "an unofficial code out of range is refused" fails_with "not a status code 100..599"
broken unofficial.csv 's/^499,CLIENT_CLOSED_REQUEST,Client Closed Request,/429,CLIENT_CLOSED_REQUEST,Client Closed Request,/'
tap_check "an unofficial code that IANA registers is refused" fails_with "IANA registers 429"
broken unofficial.csv 's/^444,NO_RESPONSE,No Response,/444,NO_ANSWER,No Response,/'
tap_check "an unofficial name that is not its phrase in enum style is refused" fails_with "is not the phrase in enum style (NO_RESPONSE)"
broken unofficial.csv 's/^444,NO_RESPONSE,No Response,/444,GONE,Gone,/'
tap_check "an unofficial phrase that is registered is refused" fails_with "phrase 'Gone' is already a registered phrase of 410"

broken semantics.csv 's/^307,yes,no,keep,/307,yes,no,,/'
tap_check "a redirect that does not say what becomes of the method is refused" fails_with "semantics.csv 307: a redirect says"
broken semantics.csv '/^200,/d'
tap_check "semantics.csv without a registered code is refused" fails_with "not those of statuses.csv"
broken semantics.csv 's/^503,no,no,,yes,/503,no,no,,maybe,/'
tap_check "a yes/no column with another word is refused" fails_with "transient is 'maybe'"
broken methods.csv 's/^QUERY,yes,yes,yes,"RFC 10008, Section 2.7",/QUERY,yes,yes,yes,,/'
tap_check "a method without a cacheable basis is refused" fails_with "methods.csv QUERY: no cacheable_basis"

# Evidence: every alias, unofficial code and semantic "yes" says where it was read and quotes it.
appended aliases.csv 'phrase,Moved Away,301,somebody,,'
tap_check "an alias without a locator and quote is refused" fails_with "('Moved Away'): no locator and quote"
appended aliases.csv 'phrase,Moved Away,301,RFC 1945,"RFC 1945, Section 9.3",302 Moved Temporarily'
tap_check "an alias whose quote does not hold its spelling is refused" fails_with "no quote holds 'Moved Away'"
appended aliases.csv 'name,MOVED_AWAY,301,somebody,nginx 1.22 status line,MOVED_AWAY = 301'
tap_check "a locator that cannot be opened is refused" fails_with "locator 'nginx 1.22 status line' is none of"
appended aliases.csv 'name,MOVED_AWAY,301,somebody,example/repo@v1:src/a.c:3,'
tap_check "a locator without its quote is refused" fails_with "no quote from example/repo@v1:src/a.c:3"
appended aliases.csv 'name,MOVED_AWAY,301,somebody,judgement: kept for old programs,MOVED_AWAY = 301'
tap_check "a judgement that quotes something is refused" fails_with "a judgement quotes nothing"
appended aliases.csv 'name,MOVED_AWAY,301,somebody,example/repo@v1:a.c:3 | https://example.org/x (read 2026-01-01),MOVED_AWAY'
tap_check "locators and quotes out of step are refused" fails_with "2 locators but 1 quotes"
appended aliases.csv 'name,HTTP_MOVED_AWAY,301,somebody,example/repo@v1:a.c:3,public static final int HTTP_MOVED__AWAY = 301;'
tap_check "a name is found in its quote by letters and digits alone" sh -c '! grep -q "MOVED_AWAY" "$1"' _ "$tmp/out"
broken unofficial.csv 's/^499,\(.*\),nginx\/nginx@release-1.22.1:src\/http\/ngx_http_request.h:134,.*/499,\1,nginx\/nginx@release-1.22.1:src\/http\/ngx_http_request.h:134,#define NGX_HTTP_CLIENT_CLOSED_REQUEST/'
tap_check "an unofficial code whose quote does not hold the code is refused" fails_with "unofficial.csv row 10 (499): no quote holds the code 499"
broken unofficial.csv 's/^444,\(.*\),\(nginx\/[^ ]*\) | judgement: [^,]*,\(.*\) | $/444,\1,\2,\3/'
tap_check "an unofficial phrase in no quote and under no judgement is refused" fails_with "no quote holds the phrase 'No Response'"
broken semantics.csv 's/^408,\(no,no,,yes,no,"[^"]*"\),.*/408,\1,,/'
tap_check "a transient status without a locator and quote is refused" fails_with "semantics.csv 408: transient without a locator and quote"
broken statuses.csv 's/,"RFC 4918, Section 11.3",11.3.  423 Locked$/,,/'
tap_check "a reference more precise than IANA's without its locator is refused" fails_with "statuses.csv 423: a locator and quote to fill in"
broken statuses.csv 's/,11.3.  423 Locked$/,11.3.  Locked/'
tap_check "a reference whose quote does not hold the code is refused" fails_with "statuses.csv 423: no quote holds the code 423"
broken statuses.csv 's/ | Responses with the 429 status code MUST NOT be stored by a cache\.$//; s/"RFC 6585, Section 4 | RFC 6585, Section 4",429/"RFC 6585, Section 4",429/'
tap_check "a cacheable_basis beyond RFC 9110 without its evidence is refused" fails_with "statuses.csv 429: cacheable_basis 'RFC 6585, Section 4' without a quote"
broken statuses.csv 's/Responses with the 431 status code MUST NOT be stored by a cache\.$/Responses with it MUST NOT be stored by a cache./'
tap_check "a cacheable_basis whose quote does not name the code is refused" fails_with "statuses.csv 431: cacheable_basis 'RFC 6585, Section 5' without a quote"
broken statuses.csv 's/ | A 451 response is cacheable by default$/ | A 451 response names a legal demand/'
tap_check "a cacheable_basis whose quote does not speak of caching is refused" fails_with "statuses.csv 451: cacheable_basis 'RFC 7725, Section 3' without a quote"
broken methods.csv 's/^\(QUERY,.*\),httpwg[^,]*,The response to a QUERY method is cacheable$/\1,,/'
tap_check "a method's cacheable_basis beyond RFC 9110 without its evidence is refused" fails_with "methods.csv QUERY: cacheable_basis 'RFC 10008, Section 2.7' without a quote"
broken methods.csv 's/,The response to a QUERY method is cacheable$/,The response to this method is cacheable/'
tap_check "a method's cacheable_basis whose quote does not name the method is refused" fails_with "methods.csv QUERY: cacheable_basis 'RFC 10008, Section 2.7' without a quote"
broken methods.csv 's/^\(QUERY,.*\),httpwg[^,]*,\(The response to a QUERY method is cacheable\)$/\1,"RFC 10008, Section 2",\2/'
tap_check "a method's cacheable_basis quoted from another section is refused" fails_with "methods.csv QUERY: cacheable_basis 'RFC 10008, Section 2.7' without a quote"

# rules.csv: what each status obliges a response to carry, every rule in its RFC's words.
appended rules.csv '600,field,Location,SHOULD,any,*,"RFC 9110, Section 15.4.2",The server SHOULD generate a Location header field.'
tap_check "a rule for a status that is no code, class or * is refused" fails_with "status '600' is no code"
broken rules.csv 's/^205,content,,/205,content,Content-Type,/'
tap_check "a field on a rule that is not about a field is refused" fails_with "(205 content Content-Type): field is for subject field only"
broken rules.csv 's/^405,field,Allow,/405,field,,/'
tap_check "a field rule without its field is refused" fails_with "(405 field): a field rule names its field"
broken rules.csv 's/^405,field,Allow,/405,header,Allow,/'
tap_check "a subject of no listed kind is refused" fails_with "subject 'header' is not field, content, status"
broken rules.csv 's/^503,field,Retry-After,MAY,/503,field,Retry-After,OPTIONAL,/'
tap_check "a level that is not the RFCs' word is refused" fails_with "level 'OPTIONAL' is not one of"
broken rules.csv 's/^503,field,Retry-After,MAY,/503,field,Retry-After,SHOULD,/'
tap_check "a level its quote does not hold is refused" fails_with "(503 field Retry-After): no quote holds the level 'SHOULD'"
broken rules.csv 's/^205,content,,MUST NOT,/205,content,,MUST,/'
tap_check "MUST is not found in a quote that says MUST NOT" fails_with "(205 content): no quote holds the level 'MUST'"
broken rules.csv '/^204,content,/s/it cannot contain/it CANNOT contain/'
tap_check "cannot is found in small letters only" fails_with "(204 content): no quote holds the level 'cannot'"
broken rules.csv 's/^\(101,status,,cannot,any,2,"RFC 9113, Section 8.6\) | judgement: [^"]*",\(.*\) | $/\1",\2/'
tap_check "a level no quote holds, without the judgement that says why, is refused" fails_with "(101 status): no quote holds the level 'cannot'"
broken rules.csv 's/^416,field,Content-Range,SHOULD,range,/416,field,Content-Range,SHOULD,ranges,/'
tap_check "a scope of no listed kind is refused" fails_with "scope 'ranges' is not one of"
broken rules.csv 's/^206,content,,MUST,any,/206,content,,MUST,as-200,/'
tap_check "scope as-200 on a rule that is not about a field is refused" fails_with "(206 content): scope as-200 is for fields"
broken rules.csv 's/^426,field,Upgrade,MUST,any,1.0 1.1,/426,field,Upgrade,MUST,any,1.1 1.0,/'
tap_check "versions out of order are refused" fails_with "versions '1.1 1.0' is neither * nor some of 1.0 1.1 2 3"
broken rules.csv 's/^426,field,Upgrade,MUST,any,1.0 1.1,/426,field,Upgrade,MUST,any,1.0 1.1 2 3,/'
tap_check "all four versions not written * are refused" fails_with "(426 field Upgrade): all four versions are written *"
broken rules.csv 's/^426,field,Upgrade,MUST,any,1.0 1.1,/426,field,Upgrade,MUST,any,1.1 h2,/'
tap_check "a version that is no HTTP version is refused" fails_with "versions '1.1 h2' is neither"
broken rules.csv 's/^\(405,field,\)Allow,\(.*\)/\1Allow,\2\
\1allow,\2/'
tap_check "two rules with the same status, subject, field, scope and versions are refused" fails_with "the same status, subject, field, scope and versions as row"
broken rules.csv 's/^\*,content,,MUST NOT,HEAD,/5xx,content,,MUST NOT,HEAD,/'
tap_check "rules out of order are refused" fails_with "rules.csv row 2 (* field Connection): out of order"
broken rules.csv 's/^\(405,field,Allow,MUST,any,\*\),.*/\1,,/'
tap_check "a rule without its source and quote is refused" fails_with "(405 field Allow): no source and quote for the rule"

broken aliases.csv 's/^kind,text,code,source,locator,quote$/kind,text,code,source/'
tap_check "a file with the wrong header: exit 2" sh -c '[ "$1" -eq 2 ] && grep -q "header" "$2"' _ "$rc" "$tmp/err"
cd_run "$tmp/does-not-exist"
tap_check "a missing data directory: exit 2" sh -c '[ "$1" -eq 2 ]' _ "$rc"
tap_done
