package gazetteer

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
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
		`testdata/bad.yaml:4:5: unknown field "alias" in a person (known fields: aliases, country, name, role)`,
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

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Zelenskyy's":      "zelenskyy",
		"ZELENSKYY":        "zelenskyy",
		"Erdoğan":          "erdogan",
		"António Guterres": "antonio guterres",
		"O'Brien":          "obrien",
		"  Abu   Dhabi ":   "abu dhabi",
		"Putin’s":          "putin",
		"U.S.":             "u s",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTokenize(t *testing.T) {
	text := "The U.S. envoy met Zelenskyy's team in Kyiv, Russia-Ukraine."
	var got []string
	for _, tk := range Tokenize(text) {
		if text[tk.Start:tk.End] == "" {
			t.Fatalf("empty token %+v", tk)
		}
		s := tk.Key
		if tk.Possessive {
			s += "'s"
		}
		got = append(got, s)
	}
	want := []string{"the", "us", "envoy", "met", "zelenskyy's", "team", "in", "kyiv", "russia", "ukraine"}
	if !cmp.Equal(got, want) {
		t.Errorf("Tokenize = %v, want %v", got, want)
	}
}

func names(t *testing.T, g *Gazetteer, text string) []string {
	t.Helper()
	var out []string
	for _, m := range g.Names(Tokenize(text)) {
		out = append(out, string(m.Via)+":"+text[m.Start:m.End]+"="+m.Entries[0].Name)
	}
	return out
}

func TestNames(t *testing.T) {
	g := load(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Zelenskiy met Steve Witkoff in Kiev.", []string{"name:Zelenskiy=Volodymyr Zelenskyy", "name:Steve Witkoff=Steve Witkoff", "name:Kiev=Kyiv"}},
		{"Witkoff's trip", []string{"surname:Witkoff=Steve Witkoff"}},
		{"the US and the U.S. and the USA", []string{"name:US=United States", "name:U.S.=United States", "name:USA=United States"}},
		{"let us go", nil}, // "us" is not the US
		{"Nato and NATO", []string{"name:Nato=NATO", "name:NATO=NATO"}},
		{"the Zaporizhzhia nuclear plant is in Zaporizhzhia", []string{"name:Zaporizhzhia nuclear plant=Zaporizhzhia Nuclear Power Plant", "name:Zaporizhzhia=Zaporizhzhia"}},
		{"Ukrainian forces", []string{"demonym:Ukrainian=Ukraine"}},
		{"the world economic forum", nil}, // lower case is not the name
		{"ZELENSKYY SPEAKS", []string{"surname:ZELENSKYY=Volodymyr Zelenskyy"}},
	} {
		if got := names(t, g, c.text); !cmp.Equal(got, c.want) {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
	// a shared surname gives every candidate
	ms := g.Names(Tokenize("Trump said"))
	if len(ms) != 1 || len(ms[0].Entries) != 2 {
		t.Errorf("Trump: got %+v, want one match with two candidates", ms)
	}
}

func TestKeywords(t *testing.T) {
	g := load(t)
	var got []string
	for _, m := range g.Keywords(Tokenize("Peace talks resumed; a ceasefire, then more ceasefires.")) {
		got = append(got, m.Topic.ID)
	}
	if !cmp.Equal(got, []string{"peace-negotiations", "peace-negotiations", "peace-negotiations"}) {
		t.Errorf("keywords = %v", got)
	}
}

func BenchmarkNames(b *testing.B) {
	g, err := LoadFiles("testdata/small.yaml")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat("US Special Envoy Steve Witkoff met Zelenskyy in Kyiv to discuss peace talks and a ceasefire with NATO. ", 50)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		g.Names(Tokenize(text))
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
		g, err := build([]source{{"fuzz.yaml", data}})
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		for _, e := range g.Entries {
			g.Names(Tokenize(e.Name))
		}
	})
}
