// Package extract is the rule-based extractor: it turns a read article
// (article.Doc) into an extraction (timeline.Extraction) of entities with
// their mentions, time expressions and dated events, and it is the one
// path from inputs (files, folders, globs, standard input) to extractions
// (Each) that ingest, extract and the other commands share.
//
// # Passes
//
// Extractor.Extract runs passes over one article, in order, each reading
// what the passes before it left in the article's docState:
//
//   - prepare: blocks tokenised and split into sentences (sentences.go)
//   - readArticle: identity, metadata and the publication date, the
//     reference for relative dates
//   - findNames: gazetteer names in context (ambiguous names, demonyms,
//     "City, Region", currencies)
//   - resolveTitles: "the Prime Minister" for the office holder of the
//     day (roles.go)
//   - joinAdjacentOrgs: two known organisations side by side are one
//     ("Sony Ericsson")
//   - discover: people, organisations and sites the gazetteer lacks, from
//     cues (discover.go)
//   - resolveSurnames: a surname alone for the person named in full
//   - findProperNames: names neither found, by their shape and the
//     company they keep (package names; propernames.go)
//   - namedInFull, theShortName, joinAcronyms: a known person's surname,
//     "the Bank", "the ONS" for the one named in full before
//   - sortMentions, findMainTopic (topics.go)
//   - times, events (events.go), entityList: the extraction itself.
//
// # Stages of the event pass
//
// The event pass reads body sentences one by one. sentenceEvent takes a
// sentence through named stages, each in its own file and filling its
// part of the per-sentence struct sentence, in this order:
//
//   - markAsides (clause.go): quotes, relative clauses, a leading phrase
//   - pickTrigger (trigger.go): the word that gives the kind
//   - cutClause (clause.go): the trigger's own clause; participle phrases
//   - findCast (cast.go): participants with their roles, places, pronouns
//   - dateSentence (dating.go): the sentence's date, the paragraph's, or
//     the publication date; vague spans
//   - the rules of happening.go, one named function each, tried in the
//     order of one list: the first that applies says it is no happening
//   - modality (modality.go): status, certainty, who asserts it
//   - buildEvent (events.go), and leadingEvents for the happenings a
//     leading phrase names.
//
// The stages read the document's memory (memory.go: the people a pronoun
// can stand for, the paragraph's date so far) and never change it; after
// each sentence, happening or not, memory.remember updates it in one step.
//
// # Words
//
// Every word list the rules read is in lexicon.go, grouped by the rule
// that reads it; its tests fail on a word listed twice, on a trigger word
// under two kinds, and on a word list kept anywhere else.
//
// # What it owns, and what it must not touch
//
// It owns the rules: which names are entities, which sentences report
// happenings and how they are dated. The contract it fills is
// timeline.Extraction (package timeline, model.go), whose JSON is public:
// fields are only ever added. It reads the article as package article
// gives it, names through the gazetteer and time expressions through
// timex; it does not change those packages' behaviour to suit a rule, nor
// write to a store, render, or order events into chronologies. Its output
// for a given article, gazetteer and timex is deterministic, with no clock
// and no network.
package extract
