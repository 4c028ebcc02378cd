// Package atomicfile writes output files so that a failed run leaves no
// partial file behind and never clobbers the previous good one: the data goes
// to a temporary file in the target's directory, which is synced and renamed
// over the target only when everything was written.
package atomicfile

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"github.com/termalign/termalign/internal/cleanup"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrSameAsInput: the output would overwrite one of the run's inputs.
var ErrSameAsInput = errors.New("atomicfile: output is one of the inputs")

// Write creates or replaces path with what fn writes. If fn (or any step)
// fails, path is untouched and the temporary file is removed. An existing
// file keeps its permission bits; a new one gets 0644.
func Write(path string, fn func(w io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	mode := os.FileMode(0o644)
	if st, err := os.Stat(path); err == nil {
		if !st.Mode().IsRegular() {
			return fmt.Errorf("%s: not a regular file", path)
		}
		mode = st.Mode().Perm()
	}
	tmp, err := cleanup.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
			// Name the destination, not the temporary file, in errors.
			var pe *fs.PathError
			if errors.As(err, &pe) && pe.Path == tmp.Name() {
				pe.Path = path
			}
		}
		cleanup.Forget(tmp.Name())
	}()
	if err = fn(tmp); err != nil {
		return err
	}
	if err = tmp.Chmod(mode); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// CheckNotInput refuses an output path that names one of the inputs (the
// same file by identity, or the same cleaned path when it does not exist
// yet). "-" is stdin/stdout and is ignored.
func CheckNotInput(output string, inputs ...string) error {
	if output == "-" {
		return nil
	}
	outSt, outErr := os.Stat(output)
	outAbs, _ := filepath.Abs(output)
	for _, in := range inputs {
		if in == "-" || in == "" {
			continue
		}
		if outErr == nil {
			if inSt, err := os.Stat(in); err == nil && os.SameFile(outSt, inSt) {
				return fmt.Errorf("%s: %w", output, ErrSameAsInput)
			}
			continue
		}
		if inAbs, _ := filepath.Abs(in); inAbs == outAbs {
			return fmt.Errorf("%s: %w", output, ErrSameAsInput)
		}
	}
	return nil
}

// ErrLocked: another edit of the file did not finish in time.
var ErrLocked = errors.New("atomicfile: the file is being edited by another run")

// ErrChanged: the file changed on disk since it was read.
var ErrChanged = errors.New("atomicfile: file changed on disk since it was read")

// Fingerprint identifies the content of a file as it was read.
type Fingerprint struct {
	Size int64
	Hash [32]byte
}

// FingerprintOf fingerprints data read from a file.
func FingerprintOf(data []byte) Fingerprint {
	return Fingerprint{Size: int64(len(data)), Hash: sha256.Sum256(data)}
}

// WriteIfUnchanged is Write for an edit: it refuses (with ErrChanged) to
// replace path when its content is no longer what was read (want), so that
// two people editing the same file never overwrite each other silently.
func WriteIfUnchanged(path string, want Fingerprint, fn func(w io.Writer) error) error {
	return Write(path, func(w io.Writer) error {
		if err := fn(w); err != nil {
			return err
		}
		// Checked last, just before the rename, to keep the window small.
		cur, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if FingerprintOf(cur) != want {
			return fmt.Errorf("%s: %w", path, ErrChanged)
		}
		return nil
	})
}
