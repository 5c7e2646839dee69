// Package outfile writes a command's --output file so that it is never
// half-written: the data goes to a temporary file beside the target,
// which is synced and then renamed over it, and the folder is synced so
// that the rename survives a crash. A disk that fills up, or any other
// failed write, leaves the old file as it was.
//
// It writes through symbolic links (the link stays and its target is
// replaced), writes straight into a device or pipe (-o /dev/stdout), and
// refuses to replace an SQLite database: no output format is one, so
// that file is a store given by mistake (timeline --db s.db -o s.db).
package outfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"syscall"

	"github.com/google/renameio/v2"
)

// ErrDatabase is returned for a target that is an SQLite database.
var ErrDatabase = errors.New("is an SQLite database")

// ErrFolder is returned for a target that is a folder.
var ErrFolder = errors.New("is a folder")

// sqliteMagic opens every SQLite database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// Write replaces the file at path with data, atomically. A new file is
// created readable by all (0644 less the umask), like any file a user
// writes; an existing one keeps its permissions.
func Write(path string, data []byte) error {
	target, err := Target(path)
	if err != nil {
		return err
	}
	fi, err := os.Stat(target)
	switch {
	case err == nil && fi.IsDir():
		return fmt.Errorf("%s %w", path, ErrFolder)
	case err == nil && !fi.Mode().IsRegular():
		return writeInPlace(target, data) // a device or a pipe cannot be renamed over
	case err == nil && isSQLite(target):
		return fmt.Errorf("%s %w", path, ErrDatabase)
	}
	// renameio syncs the file before the rename and keeps the old file's
	// permissions; the temporary file must be beside the target, where the
	// rename cannot cross file systems.
	dir := filepath.Dir(target)
	if err := renameio.WriteFile(target, data, 0o644, renameio.WithTempDir(dir)); err != nil {
		return err
	}
	return syncDir(dir)
}

// Target is the file a write to path replaces: path with its symbolic
// links followed, to a file that may not exist yet.
func Target(path string) (string, error) {
	for range 40 { // Linux's limit of links in a row
		fi, err := os.Lstat(path)
		if err != nil || fi.Mode()&os.ModeSymlink == 0 {
			return path, nil // a new file, or not a link
		}
		link, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(link) {
			// Not filepath.Join: cleaning "dir/../x" is wrong when dir is itself a link.
			link = filepath.Dir(path) + string(filepath.Separator) + link
		}
		path = link
	}
	return "", fmt.Errorf("%s: too many levels of symbolic links", path)
}

// isSQLite reports whether the file at path begins as an SQLite database.
func isSQLite(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, len(sqliteMagic))
	_, err = io.ReadFull(f, head)
	return err == nil && bytes.Equal(head, sqliteMagic)
}

func writeInPlace(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	// EINVAL: a file system that cannot sync folders
	if err := d.Sync(); err != nil && !errors.Is(err, syscall.EINVAL) {
		return fmt.Errorf("sync folder %s: %w", dir, err)
	}
	return nil
}
