package cli

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/termalign/termalign/internal/cleanup"
	"github.com/termalign/termalign/internal/i18n"
)

// Main runs termalign as a program, on the process's arguments and
// streams. SIGINT and SIGTERM stop it: every temporary file is removed, a
// line says so, and the exit status is 130 or 143 (the shell's
// convention); no output file is left half-written.
func Main() int {
	args := os.Args[1:]
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		sig := <-sigs
		removed := cleanup.RemoveAll()
		L := i18n.New(i18n.Detect(scanFlag(args, "ui-lang"), os.Getenv))
		fmt.Fprintf(os.Stderr, "\ntermalign: %s\n", L.N("err.interrupted", removed))
		code := 130
		if sig == syscall.SIGTERM {
			code = 143
		}
		os.Exit(code)
	}()
	return Run(args, Streams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr}, os.Getenv)
}
