package syntax

import (
	"encoding/json"
	"os"
	"testing"
)

func TestMutTmp(t *testing.T) {
	data, err := os.ReadFile("/tmp/synhelper/mutants.json")
	if err != nil {
		t.Skip()
	}
	var cases []struct {
		Src        string
		Ok         bool
		Line, Col  int
		Msg, Kind  string
		CompileErr *struct {
			Line int
			Msg  string
		}
	}
	json.Unmarshal(data, &cases)
	bad := 0
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
		if e := err.(*Error); e.Line != c.Line {
			bad++
			t.Errorf("%q:\n got line %d col %d %s\nwant line %d col %d %s", c.Src, e.Line, e.Col, e.Msg, c.Line, c.Col, c.Msg)
		}
	}
}
