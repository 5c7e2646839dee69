// Package seeds embeds the knowledge storygraph starts from, so that the
// binary works anywhere with no files beside it: the gazetteer (people,
// places, organisations and topics, general knowledge as YAML) and the
// sample articles the demo ingests.
package seeds

import (
	"embed"
	"io/fs"
)

//go:embed gazetteer/*.yaml articles/*
var files embed.FS

// GazetteerDir is the folder of the embedded gazetteer files in FS.
const GazetteerDir = "gazetteer"

// ArticlesDir is the folder of the embedded sample articles in FS.
const ArticlesDir = "articles"

// FS returns the embedded seed files.
func FS() fs.FS { return files }
