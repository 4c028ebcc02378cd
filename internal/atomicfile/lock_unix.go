//go:build unix

package atomicfile

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// Lock takes an advisory lock for editing path: on the folder that holds
// it, so that it still holds across the rename that replaces the file,
// and leaves nothing behind. Edits of files in one folder then run one
// after the other. It waits up to wait for another edit to finish, then
// fails with ErrLocked. unlock releases the lock.
func Lock(path string, wait time.Duration) (unlock func(), err error) {
	dir, err := os.Open(filepath.Dir(path))
	if err != nil {
		return nil, err
	}
	deadline := time.Now().Add(wait)
	for {
		err := syscall.Flock(int(dir.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return func() {
				syscall.Flock(int(dir.Fd()), syscall.LOCK_UN)
				dir.Close()
			}, nil
		}
		if err != syscall.EWOULDBLOCK && err != syscall.EINTR {
			dir.Close()
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if time.Now().After(deadline) {
			dir.Close()
			return nil, fmt.Errorf("%s: %w", path, ErrLocked)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
