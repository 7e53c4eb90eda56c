package syntax

import (
	"fmt"
	"unicode/utf8"
)

// Error is a syntax error as Python reports it.
type Error struct {
	Filename string
	Line     int    // 1-based
	Col      int    // 1-based column in characters, where CPython's caret points
	Text     string // the source line, without its line terminator
	Msg      string
	Kind     string // "SyntaxError", "IndentationError" or "TabError"

	lex      lexClass // how a scanner error ranks against parser errors
	byParser bool     // raised by the parser, not the scanner
	checked  bool     // the rest of the file was scanned for a better error
	action   bool     // found decoding a string literal, in any parse
}

// lexClass classifies scanner errors the way CPython ranks them: when the
// parser fails, the rest of the file is still scanned, and an error found
// there by the tokenizer proper wins over the parser's error.
type lexClass uint8

const (
	lexOther    lexClass = iota // not a tokenizer error, or one that never wins
	lexOverride                 // wins over any parser error
	lexUnclosed                 // "never closed": wins if opened before the parser's error line
)

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Line, e.Col, e.Kind, e.Msg)
}

// source is the text being scanned, shared by a file's scanner and the
// sub-scanners of its f-string fields, and knows how to build errors.
type source struct {
	filename   string
	src        []byte
	lineStarts []int // byte offset of each line, built on the first error
}

// lineAt returns the text of line (1-based) and the byte offset where it
// starts.
func (s *source) lineAt(line int) (string, int) {
	if s.lineStarts == nil {
		s.lineStarts = []int{0}
		for i, c := range s.src {
			if c == '\n' {
				s.lineStarts = append(s.lineStarts, i+1)
			}
		}
	}
	if line < 1 || line > len(s.lineStarts) {
		return "", len(s.src)
	}
	start := s.lineStarts[line-1]
	end := start
	for end < len(s.src) && s.src[end] != '\n' && s.src[end] != '\r' {
		end++
	}
	return string(s.src[start:end]), start
}

// errorAt builds an error at p (byte column) converting to CPython's
// 1-based character column.
func (s *source) errorAt(kind string, p Pos, format string, args ...any) *Error {
	text, _ := s.lineAt(int(p.Line))
	col := int(p.Col)
	if col > len(text) { // past the end: count the missing bytes as characters
		col = utf8.RuneCountInString(text) + (col - len(text))
	} else {
		col = utf8.RuneCountInString(text[:col])
	}
	return &Error{
		Filename: s.filename,
		Line:     int(p.Line),
		Col:      col + 1,
		Text:     text,
		Msg:      fmt.Sprintf(format, args...),
		Kind:     kind,
	}
}

// fail aborts the scan or parse with a SyntaxError; Parse recovers it.
func (s *source) fail(p Pos, format string, args ...any) {
	panic(s.errorAt("SyntaxError", p, format, args...))
}

// failLexical is fail for the tokenizer errors that take priority over
// parser errors earlier in the file (see lexClass).
func (s *source) failLexical(p Pos, format string, args ...any) {
	e := s.errorAt("SyntaxError", p, format, args...)
	e.lex = lexOverride
	panic(e)
}
