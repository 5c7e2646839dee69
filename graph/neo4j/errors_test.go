package neo4j_test

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/storygraph/storygraph/graph/neo4j"
	"github.com/storygraph/storygraph/timeline"
)

// A URI is shown without its user info, wherever a password could hide.
func TestRedactURI(t *testing.T) {
	for _, c := range []struct{ uri, want string }{
		{"bolt://localhost:7687", "bolt://localhost:7687"},
		{"bolt://user:pw@db.example:7687", "bolt://…@db.example:7687"},
		{"neo4j+s://u:p@ss@db.example", "neo4j+s://…@db.example"}, // the last @ ends the user info
		{"db.example:7687", "db.example:7687"},
		{"", ""},
	} {
		if got := neo4j.RedactURI(c.uri); got != c.want {
			t.Errorf("RedactURI(%q) = %q, want %q", c.uri, got, c.want)
		}
	}
}

// The failures a user can act on are classified (ErrAuth,
// ErrDatabaseNotFound, ErrUnreachable) in one line without the password.

func TestOpenWrongPassword(t *testing.T) {
	cfg := testConfig(t)
	cfg.Password = "not-the-password-" + strings.Repeat("x", 8)
	s, err := neo4j.Open(context.Background(), cfg)
	if err == nil {
		s.Close()
		t.Fatal("Open with a wrong password succeeded")
	}
	checkMessage(t, err, neo4j.ErrAuth, cfg.Password, "refused the login", "wrong username or password")

	// Regression: scrubbing the password out of the message once turned
	// the password "wrong" into "… username or password".
	cfg.Password = "wrong"
	if s, err = neo4j.Open(context.Background(), cfg); err == nil {
		s.Close()
		t.Fatal("Open with a wrong password succeeded")
	}
	checkMessage(t, err, neo4j.ErrAuth, "", "wrong username or password")
}

func TestOpenWrongDatabase(t *testing.T) {
	cfg := testConfig(t)
	cfg.Database = "nosuchdb"
	s, err := neo4j.Open(context.Background(), cfg)
	if err == nil {
		s.Close()
		t.Fatal("Open of a database that does not exist succeeded")
	}
	checkMessage(t, err, neo4j.ErrDatabaseNotFound, cfg.Password, `no database "nosuchdb"`)
}

func TestOpenUnreachable(t *testing.T) {
	cfg := testConfig(t)
	for _, uri := range []string{"bolt://127.0.0.1:1", "neo4j://127.0.0.1:1"} {
		t.Run(uri, func(t *testing.T) {
			cfg.URI = uri
			start := time.Now()
			s, err := neo4j.Open(context.Background(), cfg)
			if err == nil {
				s.Close()
				t.Fatal("Open of a closed port succeeded")
			}
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("Open took %v to fail; want it fast", d)
			}
			checkMessage(t, err, neo4j.ErrUnreachable, cfg.Password, "cannot reach Neo4j at "+uri, "connection refused")
		})
	}
}

// checkMessage checks an error's kind and that its message is one line,
// says what it should and does not give the password away.
func checkMessage(t *testing.T, err, kind error, password string, want ...string) {
	t.Helper()
	msg := err.Error()
	t.Logf("error: %s", msg)
	if !errors.Is(err, kind) {
		t.Errorf("error %q is not %v", msg, kind)
	}
	if strings.Contains(msg, "\n") {
		t.Errorf("error is not one line: %q", msg)
	}
	if password != "" && strings.Contains(msg, password) {
		t.Errorf("error contains the password: %q", msg)
	}
	for _, w := range want {
		if !strings.Contains(msg, w) {
			t.Errorf("error %q does not say %q", msg, w)
		}
	}
}

// The server lost between two batches: the next Put fails with a clear
// one-line error, quickly. A dedicated server is started for this test, so
// it needs what scripts/neo4j needs (java, mvn).
func TestServerLost(t *testing.T) {
	cfg := testConfig(t)
	for _, tool := range []string{"java", "mvn"} {
		if _, err := exec.LookPath(tool); err != nil {
			skip(t, tool+" not found: the test starts its own Neo4j with scripts/neo4j")
		}
	}
	name := "failtest-" + strings.TrimPrefix(strings.ReplaceAll(t.Name(), "/", "-"), "Test") + "-" + strconv.Itoa(os.Getpid())
	script := "../../scripts/neo4j"
	out, err := exec.Command(script, "start", "--name", name).Output()
	if err != nil {
		t.Fatalf("scripts/neo4j start --name %s: %v", name, err)
	}
	stopped := false
	stop := func() {
		if !stopped {
			stopped = true
			if out, err := exec.Command(script, "stop", "--name", name).CombinedOutput(); err != nil {
				t.Errorf("scripts/neo4j stop --name %s: %v\n%s", name, err, out)
			}
		}
	}
	defer stop()
	env, err := exec.Command(script, "env", "--name", name).Output()
	if err != nil {
		t.Fatalf("scripts/neo4j env --name %s: %v", name, err)
	}
	cfg.URI = strings.TrimSpace(string(out))
	for _, line := range strings.Split(string(env), "\n") {
		if v, ok := strings.CutPrefix(line, "export NEO4J_PASSWORD_FILE="); ok {
			data, err := os.ReadFile(strings.Trim(v, `'"`))
			if err != nil {
				t.Fatal(err)
			}
			cfg.Password = strings.TrimRight(string(data), "\r\n")
		}
	}
	cfg.MaxRetryTime = 3 * time.Second
	ctx := context.Background()
	s, err := neo4j.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()
	if _, err := s.Put(ctx, []*timeline.Extraction{minimal("a", "A")}); err != nil {
		t.Fatalf("first Put: %v", err)
	}
	stop()
	start := time.Now()
	_, err = s.Put(ctx, []*timeline.Extraction{minimal("b", "B")})
	if err == nil {
		t.Fatal("Put to a stopped server succeeded")
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("Put took %v to fail", d)
	}
	checkMessage(t, err, neo4j.ErrUnreachable, cfg.Password, "put: cannot reach Neo4j at "+cfg.URI)
}
