package cleanup

import (
	"os"
	"testing"
)

func TestRemoveAll(t *testing.T) {
	dir := t.TempDir()
	kept, err := CreateTemp(dir, "kept-*")
	if err != nil {
		t.Fatal(err)
	}
	done, err := CreateTemp(dir, "done-*")
	if err != nil {
		t.Fatal(err)
	}
	kept.Close()
	done.Close()
	os.Rename(done.Name(), done.Name()+".final")
	Forget(done.Name())
	if n := RemoveAll(); n != 1 {
		t.Errorf("removed %d, want 1", n)
	}
	if _, err := os.Stat(kept.Name()); !os.IsNotExist(err) {
		t.Error("the temporary file is still there")
	}
	if _, err := os.Stat(done.Name() + ".final"); err != nil {
		t.Error("a renamed file was removed")
	}
	if _, err := CreateTemp(dir, "late-*"); err == nil {
		t.Error("a temporary file was created after RemoveAll")
	}
}
