// Package syntax is the front end of atompy: a hand-written scanner and a
// recursive-descent parser for the Python 3.11 subset atompy runs, producing
// the AST declared in ast.go.
//
// # The AST is a contract
//
// The node types in ast.go are the interface between this package and
// interp/resolve and interp/compile. They are modelled on CPython's ast
// module: same node names (except Expr, which is ExprStmt here, and
// arg/keyword/alias/withitem/comprehension/excepthandler/arguments, which
// are capitalised), same fields in the same order, so `ast.dump` output
// maps one-to-one onto Dump output. Fields may be added; none is renamed.
// Constant values are plain Go values (see Constant).
//
// Positions: every node embeds a Loc with Pos (first byte) and End (one
// past the last byte). Lines are 1-based, columns are 0-based offsets in
// UTF-8 bytes, matching CPython's lineno/col_offset/end_lineno/
// end_col_offset. Errors (*Error) instead report the 1-based column
// CPython's caret points at.
//
// # Scanner
//
// Scanner turns source into tokens: NAME, NUMBER, STRING, OP, NEWLINE,
// INDENT, DEDENT, EOF. Indentation is tracked with a stack; NEWLINE is not
// emitted inside brackets, after backslash continuations or for blank and
// comment-only lines. A STRING token carries the literal fully decoded
// except for f-strings, whose raw body the parser splits into literal parts
// and `{...}` fields (the 3.11 model: the scanner only needs to find the
// closing quote, because an f-string expression may not reuse it).
//
// # Parser
//
// One method per grammar rule, precedence climbing by one method per level
// (lambda < if-else < or < and < not < comparison < | < ^ < & < shifts <
// + - < * @ / // % < unary < ** < primary). Targets are parsed as
// expressions and then checked and switched to Store/Del context, which is
// how CPython reports "cannot assign to ...". The first error ends the
// parse: errors are raised by panicking with an *Error, recovered at Parse.
// Nesting of brackets and expressions is limited (maxNesting) so that
// hostile input cannot overflow the Go stack.
package syntax
