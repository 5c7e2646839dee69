package render

import (
	"html/template"
	"io"
	"strings"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/chronology"
)

// page is a self-contained web page: no scripts, no external files, so it
// can be mailed, archived or dropped into a CMS as it is.
var page = template.Must(template.New("page").Funcs(template.FuncMap{
	"when":       when,
	"names":      names,
	"qualifiers": func(e chronology.Entry) string { return strings.Join(qualifiers(e), ", ") },
	"join":       strings.Join,
	// a <time> element holds one date: the first day of a span
	"firstDay": func(date string) string { f, _, _ := timeline.Span(date); return f },
}).Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="storygraph">
<title>{{.Title}}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem}ol{list-style:none;padding:0}li{border-left:3px solid #c33;padding:.2rem 0 .8rem 1rem;margin-bottom:.6rem}
time{font-weight:600}.kind{color:#666;font-size:.9em}blockquote{margin:.3rem 0;color:#444;font-style:italic}
.src{font-size:.9em;color:#555}.meta{font-size:.9em}
</style>
</head>
<body>
<h1>{{.Title}}</h1>
{{if not .Entries}}<p>No events match.</p>{{end}}
<ol>
{{- range .Entries}}
<li id="{{.ID}}">
<time datetime="{{firstDay .Date}}">{{when .}}</time> <span class="kind">{{.Kind}}{{with qualifiers .}}, {{.}}{{end}}</span>
<p>{{.Summary}}</p>
{{- if or .Participants .Places}}
<p class="meta">{{with .Participants}}who: {{names .}}{{end}}{{if and .Participants .Places}} · {{end}}{{with .Places}}where: {{join . ", "}}{{end}}</p>
{{- end}}
{{- range .Sources}}
<blockquote>{{.Sentence}}</blockquote>
<p class="src">— {{if .Article.URL}}<a href="{{.Article.URL}}">{{.Article.Title}}</a>{{else}}{{.Article.Title}}{{end}}{{with .Article.Source}}, {{.}}{{end}}{{with .Article.Published}}, {{.}}{{end}}</p>
{{- end}}
</li>
{{- end}}
</ol>
</body>
</html>
`))

// HTML writes the chronology as a self-contained web page.
func HTML(w io.Writer, c Chronology) error { return page.Execute(w, c) }
