// Package cleanup keeps the list of the temporary files a run has open,
// so that an interrupted run (SIGINT, SIGTERM) removes them all before it
// exits. It is safe for concurrent use.
package cleanup

import (
	"os"
	"sync"
)

var (
	mu     sync.Mutex
	files  = map[string]bool{}
	closed bool
)

// CreateTemp is os.CreateTemp for a file the run will remove or rename;
// it is removed on an interruption until Forget is called.
func CreateTemp(dir, pattern string) (*os.File, error) {
	f, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return nil, err
	}
	mu.Lock()
	defer mu.Unlock()
	if closed { // the run is being interrupted: create nothing more
		f.Close()
		os.Remove(f.Name())
		return nil, os.ErrClosed
	}
	files[f.Name()] = true
	return f, nil
}

// Forget drops path from the list: it was renamed or removed.
func Forget(path string) {
	mu.Lock()
	delete(files, path)
	mu.Unlock()
}

// RemoveAll removes every temporary file still listed, and makes later
// CreateTemp calls fail. It returns how many it removed.
func RemoveAll() int {
	mu.Lock()
	defer mu.Unlock()
	closed = true
	n := 0
	for p := range files {
		if os.Remove(p) == nil {
			n++
		}
		delete(files, p)
	}
	return n
}
