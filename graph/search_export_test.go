package graph

// UnicodeWords is Words without its ASCII fast path, for TestASCIIWords.
func UnicodeWords(text string) []string { return unicodeWords(text) }

// CompareRanked is Rank's order, for TestRankAsWords's reference.
func CompareRanked(a, b Ranked) int { return compareRanked(a, b) }
