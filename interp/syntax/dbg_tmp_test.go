package syntax

import "testing"

func TestDbgTmp(t *testing.T) {
	for _, s := range []string{
		"(\n    csnot t.Yield(\n        lpar=(cst.LeftParen(whitespace_after=cst.SimpleWhitespace(\" \")),),\n       t.From(\n",
		"(\n    csnot t.Yield(\n        lpar=1,\n       t.From(\n",
		"(\n    csnot t.Yield(\n        t.From(\n",
		"(csnot t.Yield(lpar=1, t.From(\n",
	} {
		_, err := Parse("t", []byte(s))
		t.Logf("%q: %v", s, err)
	}
}
