// Package synth generates a deterministic corpus of synthetic news articles
// for benchmarks and store tests. The articles are not real news, but they
// exercise every path of extraction: the input formats (page dump, Markdown
// with front matter, JSON Lines), gazetteer names with aliases, surnames
// and demonyms, people discovered from cues, every kind of time expression
// and every event kind, status and certainty.
package synth

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

var (
	people = []string{"Steve Witkoff", "Jared Kushner", "Vladimir Putin", "Volodymyr Zelenskyy", "Donald Trump",
		"Dmitry Peskov", "Mark Rutte", "Sergei Lavrov", "Marco Rubio", "Emmanuel Macron", "Keir Starmer",
		"Friedrich Merz", "Ursula von der Leyen", "Recep Tayyip Erdoğan", "António Guterres"}
	aliases = map[string]string{"Volodymyr Zelenskyy": "Zelensky", "Sergei Lavrov": "Sergey Lavrov"}
	places  = []string{"Kyiv", "Moscow", "Davos", "Abu Dhabi", "Geneva", "Istanbul", "Paris", "London",
		"Berlin", "Washington", "Odesa", "Kharkiv", "Riyadh", "Brussels", "Warsaw"}
	orgs     = []string{"NATO", "the Kremlin", "the European Union", "the United Nations", "the World Economic Forum", "the IAEA"}
	given    = []string{"Olena", "Ivan", "Maria", "Pavel", "Anna", "Taras", "Sofia", "Mykola", "Irina", "Oleh"}
	family   = []string{"Kovalenko", "Sidorenko", "Markov", "Bondar", "Lysenko", "Hrytsenko", "Orlova", "Tkachuk"}
	roles    = []string{"spokesman", "spokeswoman", "adviser", "deputy minister", "negotiator", "governor"}
	orgNames = []string{"Ministry of Energy", "Black Sea Grain Council", "Dnipro Logistics Group", "Eastern Reconstruction Fund"}
	when     = []string{"on Monday", "on Tuesday", "on Thursday", "this week", "last week", "yesterday", "last month",
		"earlier this month", "in late December", "on 6 January", "on January 22, 2026", "at 12:00 GMT",
		"overnight", "two days ago", "next week", "in 2025", "in mid-January"}
)

// Article returns the i-th article of the corpus: a file name and its
// bytes. Formats rotate: page dump, Markdown with front matter, JSON.
func Article(i int) (name string, data []byte) {
	r := rand.New(rand.NewPCG(uint64(i), 0x5707))
	pub := time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(120))
	title, body := story(r, i, pub)
	url := fmt.Sprintf("https://news.example.org/%d/%s", i, slug(title))
	switch i % 3 {
	case 0:
		var b strings.Builder
		fmt.Fprintf(&b, "Example Home|Example News\nDelegates at a table\nPoliticsAI Analysis\n\n%s\n\n3 min readSource\n\n", title)
		fmt.Fprintf(&b, "%s\n\n%s\n\nThis content is AI-generated based on source articles. Errors may occur.\n\nRelated Articles", sentence(r, pub), body)
		return fmt.Sprintf("synth-%06d.txt", i), []byte(b.String())
	case 1:
		var b strings.Builder
		fmt.Fprintf(&b, "---\ntitle: %q\nurl: %s\npublished: %s\nsource: Example Wire\n---\n\n%s\n", title, url, pub.Format("2006-01-02"), body)
		return fmt.Sprintf("synth-%06d.md", i), []byte(b.String())
	default:
		data, _ := json.Marshal(map[string]string{"title": title, "url": url, "published": pub.Format(time.RFC3339), "source": "Example JSON", "body": body})
		return fmt.Sprintf("synth-%06d.json", i), data
	}
}

// JSONLine returns the i-th article as one JSON Lines record (no newline).
func JSONLine(i int) []byte {
	r := rand.New(rand.NewPCG(uint64(i), 0x5707))
	pub := time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(120))
	title, body := story(r, i, pub)
	data, _ := json.Marshal(map[string]string{"title": title, "url": fmt.Sprintf("https://news.example.org/%d/%s", i, slug(title)),
		"published": pub.Format("2006-01-02"), "source": "Example JSON", "body": body})
	return data
}

func pick(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

func surname(name string) string {
	f := strings.Fields(name)
	return f[len(f)-1]
}

func slug(s string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(s) {
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			b.WriteRune(c)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
		if b.Len() > 40 {
			break
		}
	}
	return strings.Trim(b.String(), "-")
}

func story(r *rand.Rand, i int, pub time.Time) (title, body string) {
	a, b := pick(r, people), pick(r, people)
	for b == a {
		b = pick(r, people)
	}
	place := pick(r, places)
	title = fmt.Sprintf("%s and %s meet in %s as talks continue (%d)", surname(a), surname(b), place, i)
	var paras []string
	paras = append(paras, fmt.Sprintf("%s %s met %s in %s %s to discuss a ceasefire and security guarantees. %s said the peace talks had made progress.",
		"US Special Envoy", a, b, place, pick(r, when), surname(a)))
	if name, ok := aliases[b]; ok {
		paras[0] += fmt.Sprintf(" %s called the meeting constructive.", name)
	}
	discovered := pick(r, given) + " " + pick(r, family)
	paras = append(paras, fmt.Sprintf("%s %s %s acknowledged the efforts, while %s warned that Russian strikes on energy infrastructure continue. %s said a drone attack in %s killed two people %s.",
		capitalize(pick(r, orgs)), pick(r, roles), discovered, pick(r, orgs), surname(discovered), pick(r, places), pick(r, when)))
	paras = append(paras, "Talks and Travel")
	paras = append(paras, fmt.Sprintf("The pair will fly to %s %s for technical talks, and the %s is expected to present a reconstruction plan %s. Ukrainian officials reportedly proposed a prisoner exchange.",
		pick(r, places), pick(r, when), pick(r, orgNames), pick(r, when)))
	paras = append(paras, fmt.Sprintf("The deal likely involves the fate of occupied territories. %s signed an agreement on military aid %s, and the meeting lasted for five hours, officials said.",
		pick(r, people), pick(r, when)))
	return title, strings.Join(paras, "\n\n")
}

func sentence(r *rand.Rand, pub time.Time) string {
	return fmt.Sprintf("Envoys report progress in talks as of %s.", pub.Format("January 2, 2006"))
}

func capitalize(s string) string { return strings.ToUpper(s[:1]) + s[1:] }
