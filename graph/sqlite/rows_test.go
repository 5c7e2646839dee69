package sqlite

import (
	"encoding/json"
	"testing"
)

// rows.str must encode as encoding/json would decode back, for every byte.
func TestRowsStr(t *testing.T) {
	in := []string{"", "Witkoff", `quote " backslash \ slash /`, "tab\tnl\ncr\r", "\x00\x01\x1f\x7f",
		"Зеленський", "Zelénskyy’s", "<&>", "bad \xff\xfe utf-8", "\u2028\u2029", `{"kind":"meeting"}`}
	var rs rows
	rs.reset()
	for _, s := range in {
		rs.row().str(s).int(-42).null()
	}
	var got [][]any
	if err := json.Unmarshal([]byte(rs.json()), &got); err != nil {
		t.Fatalf("invalid JSON %s: %v", rs.json(), err)
	}
	for i, s := range in {
		want, _ := json.Marshal(s)
		var w string
		json.Unmarshal(want, &w)
		if got[i][0] != w || got[i][1] != float64(-42) || got[i][2] != nil {
			t.Errorf("row %d = %q, want [%q -42 null]", i, got[i], w)
		}
	}
	rs.reset()
	if rs.json() != "[]" {
		t.Errorf("empty rows = %s, want []", rs.json())
	}
}
