// The TypeScript declarations of the package (CommonJS view; index.d.mts is the ES module view).  The
// properties of Status and Method, the enum unions, the status names, the method names and the raw
// functions come from lib/api.d.ts, which gen/emit_node.py writes.
import type { StatusFields, MethodFields, RuleFields, StatusClass, StatusName, MethodName, RawFunctions, Enums } from './lib/api';
import * as httpstatus from './index';
export type {
  StatusFields, MethodFields, RuleFields, StatusClass, StatusState, StatusName, MethodName, StatusHandle, MethodHandle, RuleHandle,
  RuleSubject, RuleLevel, RuleScope, RawFunctions, Enums,
} from './lib/api';

/*
 * libhttpstatus: the IANA HTTP status code and method registries, through the C library.
 *
 * Bad input, everywhere in this module:
 *  - "not found" is always `undefined`: an integer that is no registered code, a number that is not an
 *    integer (fractions, NaN, +-Infinity), an integer beyond any C int (65940 and 2**32+404 are not
 *    404), an unknown name or phrase, a string holding a NUL byte, a lone surrogate, non-ASCII letters
 *    or more characters than the longest key.  -0 is the integer 0 (not a status; no class).
 *  - A BigInt is an integer like any other: 404n finds Status.NOT_FOUND.
 *  - A Status record is no code: where a code is expected it is a TypeError; lookup() gives it back.
 *  - Every other type is a TypeError: null, undefined, booleans, symbols, functions, arrays, plain
 *    objects, Number/String wrapper objects, proxies and objects with valueOf or Symbol.toPrimitive
 *    (they are never called); a string where a code is expected ("404") and a number where text is.
 */

/** The HTTP versions by the names `httpstatus --json` gives them: HTTP/1.0, HTTP/1.1, HTTP/2, HTTP/3. */
export type HTTPVersion = '1.0' | '1.1' | '2' | '3';

/**
 * A response rule (1.2): what a status obliges a response to carry, in the specification's words.
 * Frozen, without prototype; one object per rule, shared by every status it holds for.
 */
export interface Rule extends Omit<RuleFields, 'versions'> {
  /** The versions the rule holds in, in this order: a frozen subset of '1.0', '1.1', '2', '3'. */
  readonly versions: readonly HTTPVersion[];
}

/** Node's fetch Headers, where the program's types declare it (lib dom or @types/node); else never. */
export type FetchHeaders = typeof globalThis extends { Headers: { prototype: infer H } } ? H : never;

/**
 * The names of the header fields a response carries: an array of names, a plain object whose own
 * keys are the names (res.getHeaders(), req.headers), a Map keyed by name, or a fetch Headers.
 */
export type FieldNames = readonly string[] | { readonly [name: string]: unknown } | ReadonlyMap<string, unknown> | FetchHeaders;

/** A response head as check() takes it, a plain object; each part may be left out. */
export interface ResponseHead {
  /** The request's method, case-sensitively ('HEAD'); null or left out when it is not known. */
  readonly method?: string | null;
  /** The HTTP version; '1.1' when left out. */
  readonly version?: HTTPVersion;
  /** The header fields the response carries; none when left out. */
  readonly fields?: FieldNames;
  /** Whether it carries content; null or left out when that is not known (then no content rule applies). */
  readonly content?: boolean | null;
}

/** One entry of the HTTP status code registry.  Frozen; one object per code; `==` compares its code. */
export interface Status extends StatusFields {
  /** The rules the status sets for its response (1.2), in the C library's order. */
  readonly rules: readonly Rule[];
  /** The code, so that `status == 404` holds. */
  valueOf(): number;
  /** "404 Not Found". */
  toString(): string;
  /** The code: JSON.stringify({ status }) gives {"status":404}. */
  toJSON(): number;
}

/** One entry of the HTTP method registry.  Frozen; one object per method; `==` compares its token. */
export interface Method extends MethodFields {
  /** The method token, so that `method == 'GET'` holds. */
  valueOf(): string;
  /** The method token, "GET". */
  toString(): string;
  /** The method token. */
  toJSON(): string;
}

/**
 * The Status class: `x instanceof Status`, and one record per status name, older names too:
 * `Status.NOT_FOUND`.  Only the module makes records (`new Status()` throws).  The class has no
 * prototype chain, so `Status[name]` is a record or undefined; for text from outside use
 * statusFromName().
 */
export declare const Status: (abstract new (...args: never) => Status) & {
  readonly prototype: Status;
} & { readonly [N in StatusName]: Status };

/** The Method class: `x instanceof Method`, and one record per method token: `Method.GET`. */
export declare const Method: (abstract new (...args: never) => Method) & {
  readonly prototype: Method;
} & { readonly [N in MethodName]: Method };

/** What a code may be given as: an integer Number or a BigInt (a Status is no code: only lookup() takes one). */
export type CodeLike = number | bigint;

/**
 * Every status code by name, current names and older ones alike: `HTTPStatus.NOT_FOUND === 404`, a
 * plain number that every framework takes (`res.status(HTTPStatus.NOT_FOUND)`).  Frozen, no prototype.
 */
export declare const HTTPStatus: { readonly [N in StatusName]: number };
/** Every method token by name: `HTTPMethod.GET === 'GET'`.  Frozen, no prototype. */
export declare const HTTPMethod: { readonly [N in MethodName]: N };
/** Every status in the C library's order (ascending code). */
export declare const statuses: readonly Status[];
/** Every method in the C library's order (alphabetical). */
export declare const methods: readonly Method[];
/** The older names and reason phrases, in the C library's order. */
export declare const aliases: readonly { readonly text: string; readonly kind: 'name' | 'phrase'; readonly status: Status; readonly source: string; readonly locator: string; readonly quote: string }[];
/** The statuses in wide use that the registry does not list (1.1), in ascending code order; `state` is 'unofficial'. */
export declare const unofficialStatuses: readonly Status[];

/** Every response rule (1.2), in the C library's order (that of data/rules.csv). */
export declare const rules: readonly Rule[];

/**
 * The rules of a status that a response head breaks (1.2), in the status's rule order; an empty array
 * when it breaks none.  MAY rules are among them when their field is absent: weigh `level`.  The
 * status is a code or a Status record (registered or unofficial); a code that is no status gives
 * undefined.  A part of the head of the wrong type is a TypeError; a version not in the list, or a
 * method or field name that is no token (RFC 9110, Section 5.6.2), a RangeError.
 */
export declare function check(status: Status, head?: ResponseHead): readonly Rule[];
export declare function check(status: CodeLike | Status, head?: ResponseHead): readonly Rule[] | undefined;

/** A record of this module is its own answer. */
export declare function lookup<R extends Status | Method>(record: R): R;
/**
 * The status of a code (a number, a BigInt), or of a text: the exact name, else the name ignoring
 * ASCII case, else the reason phrase ignoring ASCII case (older ones too); else undefined.
 */
export declare function lookup(value: number | bigint | string | Status): Status | undefined;
/** The former name of lookup(). */
export declare const status: typeof lookup;
/** The status with this code, or undefined. */
export declare function statusFromCode(code: CodeLike): Status | undefined;
/** The unofficial status with this code (1.1: nginx's 499), which statusFromCode never finds, or undefined. */
export declare function unofficialFromCode(code: CodeLike): Status | undefined;
/** The status named exactly so ("NOT_FOUND"; older names too), or undefined. */
export declare function statusFromName(name: string): Status | undefined;
/** Like statusFromName(), ignoring ASCII case ("not_found"). */
export declare function statusFromNameIgnoreCase(name: string): Status | undefined;
/** The status with this reason phrase, ignoring ASCII case ("not found"; older phrases too), or undefined. */
export declare function statusFromPhrase(phrase: string): Status | undefined;
/** The method with this token, case-sensitively ("get" is not GET), or undefined. */
export declare function methodFromName(name: string): Method | undefined;
/** The class of any integer in 100..599, registered or not (299 is "success"); undefined otherwise. */
export declare function classOf(code: CodeLike): StatusClass | undefined;
/** "HTTP/1.1 404 Not Found" for a code in 100..599 ("HTTP/1.1 299 " when unregistered); undefined otherwise. */
export declare function formatStatusLine(code: CodeLike): string | undefined;
/** The loaded C library's version, "MAJOR.MINOR.MICRO". */
export declare function version(): string;
/** The loaded C library's version as 0xMMmmuu. */
export declare function versionNumber(): number;
/** The date of the registry snapshot, "YYYY-MM-DD". */
export declare function registryDate(): string;
/** The SONAME the library is loaded by. */
export declare const SONAME: string;
/** The library that was loaded: the SONAME, or the full path given in LIBHTTPSTATUS_PATH. */
export declare const libraryPath: string;

/**
 * Every exported C function under its symbol name, checked before the call: a wrong type or
 * arity is a TypeError, an integer the C parameter cannot hold or a length beyond the text or
 * buffer is a RangeError, a handle must be null or one the library gave.  Each call crosses the FFI.
 */
export declare const raw: RawFunctions & {
  /** HTTPSTATUS_NUL_TERMINATED, the length meaning "measure the text". */
  readonly NUL_TERMINATED: bigint;
  /** The header's enums. */
  readonly enums: Enums;
};

/**
 * The module itself, so that `import httpstatus from 'libhttpstatus'` works with or without
 * esModuleInterop (require('libhttpstatus').default is the module).
 */
declare const self: typeof httpstatus;
export default self;
