package cli

import (
	"fmt"
	"os"
	"os/signal"
	"runtime/pprof"
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
	stop, err := startProfile(os.Getenv("TERMALIGN_CPUPROFILE"))
	if err != nil {
		fmt.Fprintf(os.Stderr, "termalign: %v\n", err)
		return 2
	}
	code := Run(args, Streams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr}, os.Getenv)
	if err := stop(); err != nil {
		fmt.Fprintf(os.Stderr, "termalign: %v\n", err)
	}
	return code
}

// startProfile writes a CPU profile of the whole run to path, for
// developers measuring the binary (TERMALIGN_CPUPROFILE=cpu.out, then
// go tool pprof). An empty path profiles nothing.
func startProfile(path string) (stop func() error, err error) {
	if path == "" {
		return func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("TERMALIGN_CPUPROFILE: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("TERMALIGN_CPUPROFILE: %w", err)
	}
	return func() error {
		pprof.StopCPUProfile()
		return f.Close()
	}, nil
}
