package corpus

import (
	"bufio"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// quoteWords is how many words in a row make a quotation: seven-word
// phrases such as "the first quarter of the financial year" are common
// English, eight in a row from one text are that text.
const quoteWords = 8

// TestRepositoryDoesNotQuoteCorpus keeps the rule that the evaluation
// corpus only measures: no file of the repository (tests, comments,
// README, golden files) may hold eight words in a row of a corpus text's
// body. The sample article (000_*.txt) is the exception the brief makes:
// it is copied into seeds/ to be used. Rules are pinned with invented
// text of the same shape instead.
func TestRepositoryDoesNotQuoteCorpus(t *testing.T) {
	corpusDir := dir(t)
	texts, _ := filepath.Glob(filepath.Join(corpusDir, "*", "*.txt"))
	top, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	texts = append(texts, top...)
	if len(texts) == 0 {
		if os.Getenv("CI") != "" {
			t.Fatalf("no corpus at %s in CI", corpusDir)
		}
		t.Skipf("no evaluation corpus at %s", corpusDir)
	}
	quoted := map[string]string{} // phrase -> the corpus file it is from
	for _, p := range texts {
		if strings.HasPrefix(filepath.Base(p), "000_") {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		w := words(body(string(data)))
		for i := 0; i+quoteWords <= len(w); i++ {
			quoted[strings.Join(w[i:i+quoteWords], " ")] = filepath.Base(p)
		}
	}
	root := moduleRoot(t)
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); name == ".git" || path == filepath.Join(root, "seeds") {
				return filepath.SkipDir
			}
			return nil
		}
		if !textFile(path) {
			return nil
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
		for line := 1; sc.Scan(); line++ {
			w := words(sc.Text())
			for i := 0; i+quoteWords <= len(w); i++ {
				if from, ok := quoted[strings.Join(w[i:i+quoteWords], " ")]; ok {
					rel, _ := filepath.Rel(root, path)
					t.Errorf("%s:%d quotes the evaluation corpus (%s): %q; pin the rule with invented text of the same shape",
						rel, line, from, strings.Join(w[i:i+quoteWords], " "))
					break
				}
			}
		}
		return sc.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
}

// body is a text without its YAML front matter: the outlet's credit,
// licence and URL are metadata any article about it may carry.
func body(s string) string {
	if rest, ok := strings.CutPrefix(s, "---\n"); ok {
		if i := strings.Index(rest, "\n---\n"); i >= 0 {
			return rest[i+len("\n---\n"):]
		}
	}
	return s
}

// words are the lower-cased runs of letters, digits and apostrophes.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

// textFile reports the files a quotation could hide in.
func textFile(path string) bool {
	switch filepath.Ext(path) {
	case ".go", ".md", ".txt", ".txtar", ".yaml", ".yml", ".json", ".cypher", ".sql", ".html", ".csv":
		return true
	}
	return false
}
