package gazetteer

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/storygraph/storygraph/timeline/text"
)

func load(t *testing.T) *Gazetteer {
	t.Helper()
	g, err := LoadFiles("testdata/small.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestLoadReportsEveryError pins the strict decoding: a misspelt key is an
// error with file:line:col, and every error of the file is reported at once.
func TestLoadReportsEveryError(t *testing.T) {
	_, err := LoadFiles("testdata/bad.yaml")
	if err == nil {
		t.Fatal("bad.yaml loaded without error")
	}
	got := err.Error()
	for _, want := range []string{
		`testdata/bad.yaml:4:5: unknown field "alias" in a person (known fields: aliases, country, name, offices, role, since, until)`,
		`testdata/bad.yaml:5:5: a person needs a name`,
		`testdata/bad.yaml:8:11: unknown place kind "myth"`,
		`testdata/bad.yaml:9:10: lat must be a number from -90 to 90`,
		`testdata/bad.yaml:11:5: a topic needs an id of lowercase words joined by "-" (got "Bad Topic")`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("error lacks %q; got:\n%s", want, got)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"", "empty gazetteer file"},
		{"people: []", `missing "version: 1"`},
		{"version: 2", `unsupported version "2"`},
		{"version: 1\npeople: {name: x}", "the person list must be a sequence"},
		{"version: 1\nfoo: 1", `unknown field "foo" in a gazetteer file`},
		{"version: 1\npeople:\n  - name: [a]", "name must be a string"},
		{"version: 1\n\tbad", "x.yaml: "},
		{"version: 1\npeople:\n  - name: A B\n    role: Mayor of X\n    since: 5 May 2024", "x.yaml:5:12: since must be a day written YYYY-MM-DD"},
		{"version: 1\npeople:\n  - name: A B\n    role: Mayor of X\n    since: 2024-05-05\n    until: 2020-01-01", "x.yaml:3:5: until (2020-01-01) is before since (2024-05-05)"},
		{"version: 1\npeople:\n  - name: A B\n    since: 2024-05-05", "since and until date a role; give the role too"},
		{"version: 1\npeople:\n  - name: A B\n    offices:\n      - {since: 2024-05-05}", "an office needs a role"},
		{"version: 1\nroles_as_of: soon", "roles_as_of must be a day written YYYY-MM-DD"},
		{"version: 1\ntopics:\n  - id: air-war\n    name: Air war\n    kinds: [attack, raid]", `x.yaml:5:12: unknown kind "raid" in topic "air-war" (known: `},
	} {
		_, err := build([]source{{"x.yaml", []byte(c.text)}})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: got %v, want an error containing %q", c.text, err, c.want)
		}
	}
	if _, err := LoadFiles("testdata/missing.yaml"); err == nil || !strings.Contains(err.Error(), "testdata/missing.yaml: no such file") {
		t.Errorf("missing file: got %v", err)
	}
}

func TestLaterFilesAddToEntries(t *testing.T) {
	g, err := build([]source{
		{"a.yaml", []byte("version: 1\npeople:\n  - name: Jane Doe\n    aliases: [J. Doe]\n")},
		{"b.yaml", []byte("version: 1\npeople:\n  - name: Jane Doe\n    aliases: [Janie Doe]\n    role: Mayor\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	e := g.ByID("person:jane-doe")
	if e == nil || e.Role != "Mayor" || !cmp.Equal(e.Aliases, []string{"J. Doe", "Janie Doe"}) {
		t.Fatalf("merged entry = %+v", e)
	}
}

// TestOfficeHeldOn: a dated office counts inside its period; an undated
// one known current on roles_as_of counts from a year before it; without a
// publication day only a current office counts; a later file's dates for a
// role replace the earlier ones.
func TestOfficeHeldOn(t *testing.T) {
	g, err := build([]source{
		{"a.yaml", []byte("version: 1\nroles_as_of: 2026-01-15\npeople:\n" +
			"  - name: Cur Rent\n    role: Mayor of X\n" +
			"  - name: Dat Ed\n    role: Chief of X\n    since: 2024-07-05\n" +
			"  - name: For Mer\n    role: Former Mayor of X\n    offices:\n      - {role: Mayor of X, since: 2019-01-01, until: 2024-12-31}\n")},
		{"b.yaml", []byte("version: 1\npeople:\n  - name: Cur Rent\n    role: Mayor of X\n    since: 2025-01-01\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time {
		if s == "" {
			return time.Time{}
		}
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	held := func(id, role, on string) bool {
		for _, o := range g.ByID(id).Offices {
			if o.Role == role && o.HeldOn(day(on)) {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		id, role, on string
		want         bool
	}{
		{"person:dat-ed", "Chief of X", "2024-07-05", true},
		{"person:dat-ed", "Chief of X", "2024-07-04", false},
		{"person:dat-ed", "Chief of X", "", true},
		{"person:for-mer", "Mayor of X", "2020-06-01", true},
		{"person:for-mer", "Mayor of X", "2025-06-01", false},
		{"person:for-mer", "Mayor of X", "", false},
		// b.yaml dates Cur Rent's office from 2025-01-01, replacing the
		// a-year-before-roles_as_of rule (which would start 2025-01-15)
		{"person:cur-rent", "Mayor of X", "2025-01-05", true},
		{"person:cur-rent", "Mayor of X", "2024-12-31", false},
	} {
		if got := held(c.id, c.role, c.on); got != c.want {
			t.Errorf("%s held %q on %q = %v, want %v", c.id, c.role, c.on, got, c.want)
		}
	}
	if n := len(g.ByID("person:cur-rent").Offices); n != 1 {
		t.Errorf("Cur Rent has %d offices after the second file, want 1", n)
	}
	// without a since, an office current on roles_as_of is trusted a year back
	o := Office{Role: "Mayor of X", AsOf: day("2026-01-15")}
	if !o.HeldOn(day("2025-01-15")) || o.HeldOn(day("2025-01-14")) {
		t.Errorf("undated office: held on 2025-01-15 %v, on 2025-01-14 %v; want true, false", o.HeldOn(day("2025-01-15")), o.HeldOn(day("2025-01-14")))
	}
}

// The countries are the places of kind country, by canonical name; cities,
// regions and sites are not, nor a region without a country of its own.
func TestCountries(t *testing.T) {
	g, err := build([]source{{"a.yaml", []byte("version: 1\nplaces:\n" +
		"  - {name: Ukraine, kind: country}\n  - {name: Georgia, kind: country, ambiguous: true}\n" +
		"  - {name: Kyiv, kind: city, country: Ukraine}\n  - {name: Europe, kind: region}\n" +
		"organizations:\n  - {name: Ukraine Fund, kind: country}\n")}})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := g.Countries(), map[string]bool{"Ukraine": true, "Georgia": true}; !cmp.Equal(got, want) {
		t.Errorf("Countries() = %v, want %v", got, want)
	}
}

// FuzzLoad: any bytes give a gazetteer or an error, never a panic, and an
// accepted gazetteer matches its own names.
func FuzzLoad(f *testing.F) {
	for _, p := range []string{"testdata/small.yaml", "testdata/bad.yaml"} {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("version: 1\nplaces:\n  - name: \"\\u00e9\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		// A file that takes seconds to load is a bug too: fail with the
		// input instead of hanging the fuzzer until its deadline.
		done := make(chan struct{})
		go func() {
			defer close(done)
			g, err := build([]source{{"fuzz.yaml", data}})
			if err != nil {
				if err.Error() == "" {
					t.Error("empty error message")
				}
				return
			}
			for _, e := range g.Entries {
				g.Names(text.Tokenize(e.Name))
			}
		}()
		select {
		case <-done:
		case <-time.After(2 * time.Second):
			t.Fatalf("loading took over 2 s: %q", data)
		}
	})
}
