package extract

import "strings"

// lastIndex is strings.LastIndex, quicker when sub is not in s, as for
// most of the markers the dating rules look for before each time
// expression: strings.Contains scans with vector instructions, where
// LastIndex hashes s a byte at a time (a twentieth of extraction's
// instructions).
func lastIndex(s, sub string) int {
	if !strings.Contains(s, sub) {
		return -1
	}
	return strings.LastIndex(s, sub)
}
