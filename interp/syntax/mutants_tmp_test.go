package syntax

import (
	"encoding/json"
	"os"
	"testing"
)

func TestMutantsTmp(t *testing.T) {
	data, err := os.ReadFile("/tmp/synhelper/mutants.json")
	if err != nil {
		t.Skip()
	}
	var cases []struct {
		Src       string
		Ok        bool
		Line, Col int
		Msg, Kind string
		CompileErr *struct {
			Line int
			Msg  string
		}
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	lineBad, msgBad := 0, 0
	for _, c := range cases {
		_, err := Parse("<m>", []byte(c.Src))
		if c.Ok {
			if err != nil {
				e := err.(*Error)
				if c.CompileErr == nil || c.CompileErr.Msg != e.Msg || c.CompileErr.Line != e.Line {
					t.Errorf("%q: unexpected error %v (compile error %v)", c.Src, err, c.CompileErr)
				}
			}
			continue
		}
		if err == nil {
			t.Errorf("%q: parsed, want error line %d %s", c.Src, c.Line, c.Msg)
			continue
		}
		e := err.(*Error)
		if e.Line != c.Line {
			lineBad++
			t.Errorf("%q:\n got line %d col %d %s\nwant line %d col %d %s", c.Src, e.Line, e.Col, e.Msg, c.Line, c.Col, c.Msg)
		} else if e.Msg != c.Msg || e.Col != c.Col {
			msgBad++
			if os.Getenv("SHOWMSG") != "" {
				t.Logf("%q:\n got col %d %s\nwant col %d %s", c.Src, e.Col, e.Msg, c.Col, c.Msg)
			}
		}
	}
	t.Logf("%d cases, %d line mismatches, %d msg/col mismatches", len(cases), lineBad, msgBad)
}
