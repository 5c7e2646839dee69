// Package text holds the two text primitives every stage agrees on: the
// tokeniser, whose byte offsets the mentions, time expressions and events
// share, and Fold, the one way names are normalised for comparison (by the
// gazetteer, the extractor and the stores' entity keys alike).
package text
