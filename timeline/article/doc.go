// Package article turns the bytes of one article file into clean text
// blocks with metadata.
//
// It owns format detection (page dump, Markdown or plain text with YAML front
// matter, JSON, JSON Lines, HTML in any charset, RSS and Atom), removing page
// chrome (read times, bylines, captions, newsletter boxes, "Related Articles",
// AI-content disclaimers), and splitting what is left into title, summary,
// heading, paragraph, list-item, quote and dateline blocks whose offsets are
// exact: for every block, Doc.Text[Start:End] == Block.Text. Later stages
// point back into Doc.Text with those offsets, so the reader never rewrites
// the text a block stands for.
//
// It must not do entity or date logic: Published is the raw value as found,
// never parsed, and names, places and events are left to other packages.
// Problems with one input are reported as *Error values with a hint, never
// by panicking or exiting, and one bad line or feed item never stops the rest.
package article
