// The package's types, checked by tsc --strict (test/types.test.cjs runs it under every module
// setting): each line without a marker must type-check, each line under @ts-expect-error must not.
import httpstatus, {
  HTTPStatus, HTTPMethod, Status, Method, lookup, status, statusFromCode, statusFromName, methodFromName,
  classOf, formatStatusLine, version, versionNumber, registryDate, statuses, methods, aliases, raw, rules, check,
} from 'libhttpstatus';
import type {
  StatusName, MethodName, StatusClass, CodeLike, Rule, RuleLevel, RuleHandle, HTTPVersion, ResponseHead,
} from 'libhttpstatus';

// Constants are the language's own number and string.
const notFound: number = HTTPStatus.NOT_FOUND;
const same: boolean = HTTPStatus.NOT_FOUND == 404 && HTTPStatus.NOT_FOUND === 404;
const older: number = HTTPStatus.REQUEST_ENTITY_TOO_LARGE;
const get: 'GET' = HTTPMethod.GET;
const asString: string = HTTPMethod.GET;
const hyphenated: string = HTTPMethod['BASELINE-CONTROL'];
function takesNumber(code: number): number { return code; }
function takesString(method: string): string { return method; }
takesNumber(HTTPStatus.CREATED);
takesString(HTTPMethod.POST);
let code = HTTPStatus.OK;
code = HTTPStatus.NOT_FOUND;
const byDefault: number = httpstatus.HTTPStatus.NOT_FOUND;

// Records, one call away, with literal keys (never possibly undefined).
const safe: boolean = Method.GET.isSafe;
const phrase: string = Status.NOT_FOUND.phrase;
const cls: StatusClass = Status.NOT_FOUND.class;
const recordCode: number = Status.NOT_FOUND.code;
const compares: boolean = Status.NOT_FOUND == HTTPStatus.NOT_FOUND as unknown as Status;
const isRecord: boolean = (lookup(404) as unknown) instanceof Status;
const stringified: string = `${Status.NOT_FOUND}`;
const json: number = Status.NOT_FOUND.toJSON();

// Lookups: found or undefined.
const found: Status | undefined = lookup(404);
const byName: Status | undefined = lookup('not found');
const byBig: Status | undefined = lookup(404n);
const itself: Status = lookup(Status.NOT_FOUND);
const methodItself: Method = lookup(Method.GET);
const alias: Status | undefined = status('NOT_FOUND');
const fromCode: Status | undefined = statusFromCode(404);
// @ts-expect-error a Status is no code: only lookup() takes one
statusFromCode(Status.NOT_FOUND);
const maybe = statusFromName('NOT_FOUND');
const phraseOfMaybe: string | undefined = maybe?.phrase;
const m: Method | undefined = methodFromName('GET');
const c: StatusClass | undefined = classOf(299);
const line: string | undefined = formatStatusLine(404);
const v: string = version();
const vn: number = versionNumber();
const date: string = registryDate();
const all: readonly Status[] = statuses;
const allMethods: readonly Method[] = methods;
const firstAlias: 'name' | 'phrase' | undefined = aliases[0]?.kind;
const someName: StatusName = 'NOT_FOUND';
const someMethod: MethodName = 'QUERY';
const codeLike: CodeLike = 404n;
const rawCode: number = raw.httpstatus_status_code(raw.httpstatus_status_from_code(404));
const term: bigint = raw.NUL_TERMINATED;
const fromDynamic: number = HTTPStatus[someName];

// Negatives.
// @ts-expect-error a status name that does not exist
HTTPStatus.NOT_FOUDN;
// @ts-expect-error a method token that does not exist (tokens are case-sensitive)
HTTPMethod.get;
// @ts-expect-error no record for an unknown name
Status.NOT_FOUDN;
// @ts-expect-error a lookup may find nothing
lookup(404).phrase;
// @ts-expect-error a constant is a number, not a record
HTTPStatus.NOT_FOUND.phrase;
// @ts-expect-error records are read-only
Status.NOT_FOUND.phrase = 'Gone';
// @ts-expect-error the tables are read-only
HTTPStatus.NOT_FOUND = 410;
// @ts-expect-error only the module makes records
new Status();
// @ts-expect-error a string is no code
statusFromCode('404');
// @ts-expect-error a number is no name
statusFromName(404);
// @ts-expect-error a Method is no code
classOf(Method.GET);
// @ts-expect-error version is a function
const notAString: string = version;
// @ts-expect-error a status class is one of five names
const badClass: StatusClass = 'client-error';
// @ts-expect-error dynamic text is no key: use statusFromName()
HTTPStatus[String(someName)];
// @ts-expect-error a raw handle is not a number
raw.httpstatus_status_code(404);

export {
  notFound, same, older, get, asString, hyphenated, code, byDefault, safe, phrase, cls, recordCode, compares, isRecord,
  stringified, json, found, byName, byBig, itself, methodItself, alias, fromCode, phraseOfMaybe, m, c, line, v, vn,
  date, all, allMethods, firstAlias, someMethod, codeLike, rawCode, term, fromDynamic, notAString, badClass,
};

// Response rules (1.2).
const allRules: readonly Rule[] = rules;
const ofStatus: readonly Rule[] = Status.METHOD_NOT_ALLOWED.rules;
const level: RuleLevel = ofStatus[0]!.level;
const levelText: string = ofStatus[0]!.levelText;
const ruleVersions: readonly HTTPVersion[] = ofStatus[0]!.versions;
const byRecord: readonly Rule[] = check(Status.METHOD_NOT_ALLOWED);
const byCode: readonly Rule[] | undefined = check(405, { method: 'GET', version: '2', fields: ['Allow'], content: true });
const unknownParts: readonly Rule[] | undefined = check(405n, { method: null, content: null });
check(405, { fields: { allow: 'GET' } });
check(405, { fields: new Map([['Allow', 'GET']]) });
check(405, { fields: new Headers({ Allow: 'GET' }) });
const head: ResponseHead = { version: '1.0' };
const ruleHandle: RuleHandle | null = raw.httpstatus_rule_at(0);
const ruleField: string = raw.httpstatus_rule_field(ruleHandle);
// @ts-expect-error check() of a code may find nothing
check(405).length;
// @ts-expect-error a version is one of '1.0', '1.1', '2', '3'
check(405, { version: '1.2' });
// @ts-expect-error a version is text
check(405, { version: 11 });
// @ts-expect-error content is a boolean, null or left out
check(405, { content: 1 });
// @ts-expect-error fields are names, not one text
check(405, { fields: 'Allow' });
// @ts-expect-error a method record is no status
check(Method.GET);
// @ts-expect-error a string is no code
check('405');
// @ts-expect-error rules are read-only
Status.METHOD_NOT_ALLOWED.rules[0] = rules[0]!;
// @ts-expect-error a rule is read-only
rules[0]!.level = 'may';
// @ts-expect-error a status handle is no rule handle
raw.httpstatus_rule_field(raw.httpstatus_status_from_code(405));
