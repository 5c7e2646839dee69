package gazetteer

import (
	"bytes"
	"fmt"
	"strconv"

	"gopkg.in/yaml.v3"
)

// Suggestion is a name found in articles that the gazetteer lacks, to be
// reviewed for a gazetteer file.
type Suggestion struct {
	Name     string
	Type     string // Person, Place or Organization
	Mentions int    // how often the articles name it
	Articles int    // in how many articles
	Example  string // a sentence that names it, on one line
}

// sections are the file's lists of entries by type, in the order written.
var sections = []struct{ typ, key string }{{Person, "people"}, {Organization, "organizations"}, {Place, "places"}}

// Suggestions renders a gazetteer file of format Version holding the
// suggestions, each section (people, organisations, places) in the order
// given. The file begins with comment, and every entry has its counts and
// example as a comment, so that the file loads as it is.
func Suggestions(comment string, list []Suggestion) ([]byte, error) {
	root := &yaml.Node{Kind: yaml.MappingNode, HeadComment: comment}
	root.Content = append(root.Content, scalar("version"), &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(Version)})
	for _, sec := range sections {
		seq := &yaml.Node{Kind: yaml.SequenceNode}
		for _, s := range list {
			if s.Type != sec.typ {
				continue
			}
			item := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{scalar("name"), scalar(s.Name)}}
			item.HeadComment = fmt.Sprintf("%d mention(s) in %d article(s), e.g. %q", s.Mentions, s.Articles, s.Example)
			seq.Content = append(seq.Content, item)
		}
		if len(seq.Content) > 0 {
			root.Content = append(root.Content, scalar(sec.key), seq)
		}
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return nil, err
	}
	return buf.Bytes(), enc.Close()
}

func scalar(v string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: v} }
