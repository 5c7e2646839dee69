package extract_test

import (
	"strings"
	"testing"

	"github.com/storygraph/storygraph/seeds"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/storygraph/storygraph/timeline/gazetteer"
	"github.com/storygraph/storygraph/timeline/synth"
)

// BenchmarkExtract measures extraction in words per second on one core
// over the synthetic corpus (go test -bench Extract -cpu 1 ./timeline/extract/).
// The baseline sub-benchmark only counts the words of the same articles
// (strings.Fields over every block), so extract/baseline is the price of
// extraction relative to merely reading the text once. Target: ≥300,000
// words/s on one core.
func BenchmarkExtract(b *testing.B) {
	g, err := gazetteer.LoadFS(seeds.FS(), seeds.GazetteerDir)
	if err != nil {
		b.Fatal(err)
	}
	x := &extract.Extractor{Gazetteer: g}
	var docs []article.Doc
	words := 0
	for i := 0; i < 300; i++ {
		name, data := synth.Article(i)
		ds, errs := article.Read(name, data)
		if len(errs) > 0 {
			b.Fatal(errs[0])
		}
		for _, d := range ds {
			for _, bl := range d.Blocks {
				words += len(strings.Fields(bl.Text))
			}
		}
		docs = append(docs, ds...)
	}
	b.Run("baseline", func(b *testing.B) {
		n := 0
		for i := 0; i < b.N; i++ {
			for _, d := range docs {
				for _, bl := range d.Blocks {
					n += len(strings.Fields(bl.Text))
				}
			}
		}
		b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "words/s")
	})
	b.Run("extract", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			for j := range docs {
				x.Extract(&docs[j])
			}
		}
		b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
	})
}
