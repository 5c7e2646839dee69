// Package chronology turns stored records into the entries of a story's
// chronology: Chronology orders them (respecting each date's precision),
// recognises near-duplicate articles and, unless told not to, merges the
// reports of one happening by several articles into one entry with every
// source; DateLabel and WhenLabel say a date as precisely as it is known.
// Entry.Articles and Entry.Quotes give a merged entry's articles and
// sentences each once, as every renderer cites them; Key keeps the most
// important entries (Score defines importance) for `timeline --key`.
//
// Chronology is the one way from records to entries: the `timeline` and
// `demo` commands and the stores' parity test all call it, with the
// gazetteer's countries (gazetteer.Gazetteer.Countries) in its options. It
// knows records, not stores (it does not import graph), and it only builds
// entries: rendering them is timeline/render's job.
package chronology
