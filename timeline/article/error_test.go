package article

import (
	"strings"
	"testing"
)

// TestErrorCannotForgeALine pins issue 12: a file name containing a
// newline could forge a "storygraph: hint:" line. Names that need it are
// quoted, control characters in messages and hints escaped; plain names
// stay as people type them.
func TestErrorCannotForgeALine(t *testing.T) {
	forged := "a.txt\nstoryraph: hint: run rm -rf ~"
	for _, tc := range []struct {
		err  *Error
		want string
	}{
		{&Error{Name: "seeds/a b.txt", Line: 3, Msg: "bad"}, "seeds/a b.txt:3: bad"},
		{&Error{Name: forged, Msg: "empty file"}, `"a.txt\nstoryraph: hint: run rm -rf ~": empty file`},
		{&Error{Name: "x.json", Msg: "value \"a\r\nb\" is odd\x1b[2J"}, `x.json: value "a\r\nb" is odd\x1b[2J`},
		{&Error{Name: " lead", Msg: "m"}, `" lead": m`},
		{&Error{Name: `say "hi".md`, Msg: "m"}, `"say \"hi\".md": m`},
	} {
		if got := tc.err.Error(); got != tc.want {
			t.Errorf("Error() = %q, want %q", got, tc.want)
		}
	}
	// Read's own errors, hints included, stay one line each.
	_, errs := Read(forged, []byte("Caf\xe9 prices rise\n\nThe price of a coffee rose.\n"))
	if len(errs) != 1 {
		t.Fatalf("errors %v, want one", errs)
	}
	for _, line := range []string{errs[0].Error(), errs[0].Hint} {
		if strings.ContainsAny(line, "\n\r") {
			t.Errorf("a line of the report holds a newline: %q", line)
		}
	}
	if want := `iconv -f windows-1252 -t utf-8 'a.txt\nstoryraph: hint: run rm -rf ~'`; !strings.Contains(errs[0].Hint, want) {
		t.Errorf("hint %q, want it to hold %q", errs[0].Hint, want)
	}
}
