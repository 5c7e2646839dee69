package names

import (
	"fmt"
	"os"
	"testing"
)

func TestZZ(t *testing.T) {
	for _, f := range []string{"/tmp/s26/names/A/a10-meantime.txt", "/tmp/s26/names/A/a07-local.txt", "/tmp/s26/names/B/b05-tech.txt", "/tmp/s26/names/A/a03-sport.txt", "/tmp/s26/names/C/c03-football.txt"} {
		b, _ := os.ReadFile(f)
		for _, m := range FindText(string(b)) {
			fmt.Println(f[len(f)-12:], m.Text, m.Type, m.Reason)
		}
	}
}
