// Package gazetteer is what storygraph knows before it reads an article:
// people, places, organisations and topics, loaded from strict, versioned
// YAML files (see README.md, "The gazetteer"), and the matcher that finds
// their names, aliases, surnames, demonyms and topic keywords in a text.
//
// It owns the gazetteer file format both ways: Load* read it (every error
// of every file reported as file:line:col) and Suggestions writes the file
// that `storygraph entities suggest` prints. It also owns the one definition
// of a country (Entry.IsCountry, Gazetteer.Countries). It does not decide
// which match an article means: resolving surnames, titles and ambiguous
// names from context is extraction's job (timeline/extract).
package gazetteer
