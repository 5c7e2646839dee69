package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/storygraph/storygraph/internal/hint"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/urfave/cli/v2"
)

// Exit codes, listed in --help. Only main turns them into a process exit.
const (
	exitOK      = 0 // everything done
	exitFailure = 1 // nothing or not all of it done: see the error
	exitUsage   = 2 // the command line is wrong
	exitPartial = 3 // some inputs failed; the others were processed
)

// usageError marks errors in the command line itself.
type usageError struct{ error }

// partialError means some inputs failed and the rest were done; each
// failure was already reported.
type partialError struct{ failed int }

func (e partialError) Error() string {
	return fmt.Sprintf("%d input(s) failed; the others were processed", e.failed)
}

// report prints an error the one way errors reach the user: the line
// "storygraph: error: …", then "storygraph: hint: …" when the error carries
// a hint (see internal/hint), whichever package it comes from. It reports
// whether there was a hint.
func report(e *env, err error) (hinted bool) {
	fmt.Fprintf(e.stderr, "storygraph: error: %v\n", err)
	if h := hint.Of(err); h != "" {
		fmt.Fprintf(e.stderr, "storygraph: hint: %s\n", h)
		return true
	}
	return false
}

// reportInputWarning prints a problem that did not stop an input, the way
// errors are printed but as "storygraph: warning: …"; the exit status is
// not changed by it.
func reportInputWarning(e *env, w *article.Error) {
	fmt.Fprintf(e.stderr, "storygraph: warning: %v\n", w)
	if w.Hint != "" {
		fmt.Fprintf(e.stderr, "storygraph: hint: %s\n", w.Hint)
	}
}

// inputError is a bad input as the readers report it, with its hint.
func inputError(err *article.Error) error { return hint.New(err, err.Hint) }

// env is what commands get from the outside world; tests set it. There is
// no clock: every date storygraph writes comes from the articles (relative
// dates resolve against the publication date, never against today), so the
// same input gives the same bytes on any day.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// stderrTTY says whether stderr is a terminal (progress bars).
	stderrTTY bool
}

const helpExamples = `EXAMPLES:
   storygraph demo
   storygraph ingest seeds/articles/ --db story.db
   storygraph timeline --db story.db --topic peace-negotiations --format markdown
   storygraph timeline --db story.db --entity Witkoff --from 2026-01-01 --format json | jq .
   storygraph timeline --db story.db --topic peace-negotiations --format html -o talks.html
   storygraph entity Witkoff --db story.db
   storygraph network --entity Witkoff --depth 2 --format gexf -o witkoff.gexf --db story.db
   storygraph path Kushner Putin --db story.db
   storygraph search '"peace talks" witk*' --db story.db
   storygraph related new-article.md --db story.db --format markdown
   storygraph extract seeds/articles/000_03fc8d64ca5172c5.txt --format json

EXIT STATUS:
   0  success
   1  failure: nothing or not all of it was done (the error says why)
   2  usage error in the command line
   3  some inputs failed (each reported on stderr); the others were processed`

func newApp(e *env) *cli.App {
	app := &cli.App{
		// the default template with examples and exit codes after the options
		CustomAppHelpTemplate: strings.Replace(cli.AppHelpTemplate, "{{if .Copyright}}", "\n\n"+helpExamples+"\n{{if .Copyright}}", 1),
		Name:                  "storygraph",
		Usage:                 "turn news articles into a graph of events and print a story's chronology",
		UsageText:             "storygraph [global options] command [command options] [arguments...]",
		Writer:                e.stdout,
		ErrWriter:             e.stderr,
		Reader:                e.stdin,
		// Run must return, not exit, so deferred Close calls run and only
		// main decides the exit code.
		ExitErrHandler:  func(*cli.Context, error) {},
		HideHelpCommand: true,
		Version:         version(),
		Suggest:         true,
		Flags:           globalFlags(),
		Commands: []*cli.Command{
			demoCommand(e),
			extractCommand(e),
			ingestCommand(e),
			watchCommand(e),
			timelineCommand(e),
			dbCommand(e),
			entitiesCommand(e),
			relatedCommand(e),
			enrichCommand(e),
			serveCommand(e),
			entityCommand(e),
			networkCommand(e),
			pathCommand(e),
			searchCommand(e),
			storiesCommand(e),
			queryCommand(e),
			articlesCommand(e),
			topicsCommand(e),
			configCommand(e),
		},
		OnUsageError: func(_ *cli.Context, err error, _ bool) error { return usageError{err} },
	}
	return app
}

// version is what --version prints after "storygraph version": the main
// module's version and, when the binary was built from a checkout, the
// commit it was built from and "modified" if the tree had changes. Only
// what the build recorded, no clock, so a build always says the same.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev []string
	for _, s := range info.Settings {
		switch {
		case s.Key == "vcs.revision":
			rev = append([]string{"revision " + s.Value}, rev...)
		case s.Key == "vcs.modified" && s.Value == "true":
			rev = append(rev, "modified")
		}
	}
	if len(rev) > 0 {
		v += " (" + strings.Join(rev, ", ") + ")"
	}
	return v
}

// run is main without the process: it returns the exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, stderrTTY: isTerminal(stderr)}
	return runEnv(ctx, e, args)
}

func runEnv(ctx context.Context, e *env, args []string) int {
	app := newApp(e)
	var err error
	if name := commandName(args); name != "" && name != "help" && findCommand(app.Commands, name) == nil {
		var names []string
		for _, c := range app.Commands {
			names = append(names, c.Name)
		}
		err = usageError{fmt.Errorf("unknown command %q (commands: %s)", name, strings.Join(names, ", "))}
	} else {
		name := commandName(args)
		if name == "db" && len(args) > 2 {
			name += " " + args[2] // db reset writes, db stats does not
		}
		err = runUntilStopped(ctx, func() error { return app.RunContext(ctx, interspersed(app, args)) }, name, graceAfterSignal)
	}
	if err == nil {
		return exitOK
	}
	hinted := report(e, err)
	var pe partialError
	if errors.As(err, &pe) {
		return exitPartial
	}
	var ue usageError
	if errors.As(err, &ue) || strings.Contains(err.Error(), "flag provided but not defined") || strings.HasPrefix(err.Error(), "Required flag") {
		if !hinted {
			fmt.Fprintf(e.stderr, "storygraph: hint: see 'storygraph --help'\n")
		}
		return exitUsage
	}
	return exitFailure
}

// commandName is the command named first on the line, or "" when the
// line starts with a flag (which urfave/cli reports itself).
func commandName(args []string) string {
	if len(args) < 2 || strings.HasPrefix(args[1], "-") {
		return ""
	}
	return args[1]
}

// graceAfterSignal is how long a command has, after SIGINT or SIGTERM
// (main's ctx is then done), to stop on its own and say what it stored.
// Every command stops at its next look at ctx; this bounds those that
// compute for long without one (enrich's ranking of a large store).
const graceAfterSignal = 10 * time.Second

// runUntilStopped runs the command, and after a signal returns within
// grace, or at once on a second signal, whether or not the
// command has stopped; main then ends the process. That is safe for
// every store: a write is one transaction, and a transaction that was
// not committed is rolled back (SQLite's WAL, Neo4j's server), as after
// kill -9. An error of a command that stopped on its own gets what the
// interruption left, unless it says that itself (ingest counts what it
// stored).
func runUntilStopped(ctx context.Context, run func() error, name string, grace time.Duration) error {
	done := make(chan error, 1)
	go func() { done <- run() }()
	select {
	case err := <-done:
		return interrupted(ctx, err, name)
	case <-ctx.Done():
	}
	again := make(chan os.Signal, 1)
	signal.Notify(again, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(again)
	timer := time.NewTimer(grace)
	defer timer.Stop()
	var why string
	select {
	case err := <-done:
		return interrupted(ctx, err, name)
	case <-again:
		why = "a second signal"
	case <-timer.C:
		why = fmt.Sprintf("it did not stop within %s", grace)
	}
	return hint.New(fmt.Errorf("interrupted: %s was ended (%s); %s", name, why, interruptLeaves(name)),
		"run the same command again to finish")
}

// interrupted says what an interruption left, on the error of a command
// that stopped because of it.
func interrupted(ctx context.Context, err error, name string) error {
	if err == nil || ctx.Err() == nil || strings.Contains(err.Error(), "interrupted") {
		return err
	}
	return hint.New(fmt.Errorf("interrupted: %w; %s", err, interruptLeaves(name)), "run the same command again to finish")
}

// interruptLeaves says what an interrupted command leaves in the store
// and in --output files.
func interruptLeaves(name string) string {
	switch name {
	case "ingest", "watch":
		return "the articles of batches committed before it are stored, the batch in progress is not"
	case "enrich":
		return "lists of batches committed before it are stored (with --write), the batch in progress is not"
	case "db init", "db reset":
		return "a reset or migration is one transaction: it was done whole or not at all"
	}
	return "nothing was written (an --output file is written whole or not at all)"
}
