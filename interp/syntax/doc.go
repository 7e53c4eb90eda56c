// Package syntax is the front end of atompy: a hand-written scanner and a
// recursive-descent parser for the Python 3.11 subset atompy runs (all of
// the language except async/await, match and type comments), producing
// the AST declared in ast.go.
//
// # The AST is a contract
//
// The node types in ast.go are the interface between this package and
// interp/resolve and interp/compile. They mirror CPython's ast module: the
// same node names (except Expr, which is ExprStmt here, and the lower-case
// helper nodes arg, keyword, alias, withitem, comprehension, arguments,
// which are capitalised), the same fields in the same order, so that
// `ast.dump` output maps one-to-one onto Dump output. Fields may be added;
// none is renamed. What the later stages may rely on:
//
//   - Targets carry their context: Store for assignment, augmented and
//     annotated assignment, for, with, comprehension and walrus targets,
//     Del for del; Load everywhere else.
//   - Constant.Value is nil (None), bool, int64, *big.Int (only for values
//     that do not fit int64), float64, complex128 (an imaginary literal,
//     real part 0), string, []byte or Ellipsis. Strings are UTF-8; a lone
//     surrogate from a \uD800-style escape is encoded as the 3-byte
//     sequence UTF-8 would give it (see DecodeWTF8).
//   - Adjacent literals are already concatenated. An f-string is a
//     JoinedStr of Constant (str) and FormattedValue parts; Conversion is
//     -1, 's', 'r' or 'a'; FormatSpec is nil or a *JoinedStr; f"{x=}"
//     yields Constant("x=") followed by the field with Conversion 'r'.
//   - Dict keys are nil for `**mapping`; Call.Args may hold *Starred;
//     a Keyword with Arg "" is `**mapping`.
//   - Arguments.Defaults belong to the last len(Defaults) of
//     PosOnly+Args; KwDefaults is parallel to KwOnly, nil for "none".
//   - Every error that CPython raises while compiling (not parsing) and
//     that concerns syntax alone is raised by Parse too, so the compiler
//     never sees a Starred where a value is expected ("can't use starred
//     expression here"), a starred or doubly starred assignment target,
//     `del *x`, a repeated keyword argument or a duplicate parameter name.
//     Scope errors ('return' outside function, nonlocal at module level,
//     ...) are left to interp/resolve.
//
// Positions: every node embeds a Loc with Pos (first byte) and End (one
// past the last byte). Lines are 1-based, columns 0-based offsets in UTF-8
// bytes, exactly CPython's lineno/col_offset/end_lineno/end_col_offset
// (checked against every standard library module, see TestStdlibCorpus).
// Parts of a JoinedStr carry the position of the whole literal, as in
// CPython; expressions inside f-string fields carry their true position.
//
// # Scanner
//
// Scanner turns source into tokens: NAME, NUMBER, STRING, OP, NEWLINE,
// INDENT, DEDENT, EOF. Indentation is tracked with a stack (tabs to
// multiples of 8, and a second stack counting tabs as 1 to detect
// TabError, as CPython does); NEWLINE is not emitted inside brackets,
// after backslash continuations or for blank and comment-only lines. A
// STRING token carries its literal decoded, except f-strings, whose raw
// body the parser splits into literal parts and `{...}` fields: in Python
// 3.11 the scanner only needs to find the closing quote, because a field
// may not reuse it. Field expressions are parsed by a sub-parser scanning
// the same source bytes in place, so their positions and error lines are
// exact.
//
// # Parser
//
// One method per grammar rule and one per precedence level (lambda <
// if-else < or < and < not < comparison < | < ^ < & < shifts < + - <
// * @ / // % < unary < ** < primary). Targets are parsed as expressions,
// then checked and switched to Store or Del, which is also how CPython
// words its "cannot assign to ..." errors. The first error ends the parse:
// errors travel as panics of *Error and are recovered in Parse, which
// never panics otherwise (FuzzParse). Bracket nesting is limited to 200
// like CPython's, blocks to 99 levels, and the depth of expression trees
// (including left-nested chains like 1+1+...+1 and a.b.c...) to
// maxExprDepth (3000), so that neither this parser nor the later stages,
// which recurse on the tree, can exhaust the Go stack on hostile input.
// CPython has the same limit, reported there as a RecursionError during
// compilation, here as the SyntaxError "too many nested expressions".
//
// # Errors
//
// *Error carries CPython's exception kind (SyntaxError, IndentationError,
// TabError), message, line, column (CPython's 1-based caret column, in
// characters) and the line's text. Line numbers agree with CPython 3.11's
// (TestErrorCorpus), which takes some care because CPython parses twice
// and ranks errors: a tokenizer error anywhere later in the file (bad
// literal, unterminated string, stray closing bracket) wins over a parser
// error, an unclosed bracket wins if it was opened before the line where
// parsing stopped, and the specific messages ("Perhaps you forgot a
// comma?", "Maybe you meant '=='...") come from a second, more thorough
// look at the failing statement. The parser reproduces this: on an error it
// scans the rest of the file (checkRestOfFile), and it tracks the furthest
// token read, even by look-ahead it rewinds (tryParse). Errors CPython
// only finds when compiling are held back (failLater) until the whole file
// has parsed, so a real syntax error further on still takes precedence.
//
// Known differences from CPython 3.11 (see also docs/syntax.md):
//
//   - \N{NAME} escapes are rejected: there is no Unicode name table in
//     the standard library. Source is always UTF-8 (a BOM is skipped,
//     coding declarations are ignored), and non-ASCII identifiers are not
//     NFKC-normalised.
//   - Columns and messages of errors match in most cases but not all
//     (over 95% of the error corpus). Errors inside f-string fields point
//     at the real position, where CPython 3.11 is often off.
//   - Ordering among compile-time errors (see above) may differ from
//     CPython's, which runs its symbol table pass before its compiler.
//   - CPython's error pass is a PEG parser with memoisation; a few of its
//     choices of which error to report in badly broken files are not
//     reproduced (about one damaged file in 4000 gets another line).
package syntax
