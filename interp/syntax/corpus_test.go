package syntax

import (
	"encoding/json"
	"os"
	"testing"
)

// TestErrorCorpus parses randomly damaged snippets of CPython's standard
// library (testdata/gen_error_corpus.py) and requires the same verdict
// and error line as CPython 3.11. Messages and columns are only counted:
// they match in most but not all cases (see doc.go).
func TestErrorCorpus(t *testing.T) {
	data, err := os.ReadFile("testdata/error_corpus.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Src          string
		Ok           bool
		CompileError bool `json:"compile_error"`
		Line, Col    int
		Msg, Kind    string
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	exact := 0
	for _, c := range cases {
		_, err := Parse("<corpus>", []byte(c.Src))
		switch {
		case c.Ok:
			if err != nil {
				t.Errorf("Parse(%q): unexpected error %v", c.Src, err)
			}
		case c.CompileError:
			// CPython's compiler rejects it; we may too, with its message.
			if err != nil {
				if e := asError(t, err); e.Line != c.Line || e.Msg != c.Msg {
					t.Errorf("Parse(%q): got %v, want nil or line %d: %s", c.Src, err, c.Line, c.Msg)
				}
			}
		case err == nil:
			t.Errorf("Parse(%q) succeeded, want line %d: %s", c.Src, c.Line, c.Msg)
		default:
			e := asError(t, err)
			if e.Line != c.Line {
				t.Errorf("Parse(%q):\n got line %d col %d: %s\nwant line %d col %d: %s", c.Src, e.Line, e.Col, e.Msg, c.Line, c.Col, c.Msg)
			} else if e.Col == c.Col && e.Msg == c.Msg && e.Kind == c.Kind {
				exact++
			}
		}
	}
	t.Logf("%d cases; %d errors match CPython exactly (line, column, kind and message)", len(cases), exact)
}
