//go:build !unix

package atomicfile

import "time"

// Lock is a no-op where advisory locks are not available: edits are then
// protected only by WriteIfUnchanged's check.
func Lock(path string, wait time.Duration) (unlock func(), err error) {
	return func() {}, nil
}
