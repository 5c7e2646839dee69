package graph

// UnicodeWords is Words without its ASCII fast path, for TestASCIIWords.
func UnicodeWords(text string) []string { return unicodeWords(text) }
