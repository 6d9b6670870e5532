package os

import (
	"io"
	"io/fs"
	"sort"
	"syscall"
)

// A DirEntry is an entry read from a directory (using the ReadDir function or
// a File.ReadDir method).
type DirEntry = fs.DirEntry

// dirState is the state of reading a directory: buffered dirent records.
type dirState struct {
	buf  []byte
	bufp int
	nbuf int
}

type readdirMode int

const (
	readdirName readdirMode = iota
	readdirDirEntry
	readdirFileInfo
)

// dirEntry is a DirEntry from reading a directory: type from the dirent,
// FileInfo from Lstat on demand.
type dirEntry struct {
	parent string
	name   string
	typ    FileMode
	info   FileInfo
}

func (d *dirEntry) Name() string   { return d.name }
func (d *dirEntry) IsDir() bool    { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode { return d.typ }
func (d *dirEntry) String() string { return fs.FormatDirEntry(d) }
func (d *dirEntry) Info() (FileInfo, error) {
	if d.info != nil {
		return d.info, nil
	}
	return Lstat(d.parent + "/" + d.name)
}

func dtToType(typ uint8) FileMode {
	switch typ {
	case syscall.DT_BLK:
		return ModeDevice
	case syscall.DT_CHR:
		return ModeDevice | ModeCharDevice
	case syscall.DT_DIR:
		return ModeDir
	case syscall.DT_FIFO:
		return ModeNamedPipe
	case syscall.DT_LNK:
		return ModeSymlink
	case syscall.DT_REG:
		return 0
	case syscall.DT_SOCK:
		return ModeSocket
	}
	return ^FileMode(0)
}

// readdir reads up to n entries (all if n <= 0) in the given form.
func (f *File) readdir(n int, mode readdirMode) (names []string, dirents []DirEntry, infos []FileInfo, err error) {
	if f.dir == nil {
		f.dir = &dirState{buf: make([]byte, 8192)}
	}
	d := f.dir
	if n == 0 {
		n = -1
	}
	for n != 0 {
		if d.bufp >= d.nbuf {
			d.bufp = 0
			var errno error
			d.nbuf, errno = syscall.ReadDirent(f.fd, d.buf)
			if errno != nil {
				return names, dirents, infos, &PathError{Op: "readdirent", Path: f.name, Err: errno}
			}
			if d.nbuf <= 0 {
				break
			}
		}
		rec := d.buf[d.bufp:d.nbuf]
		reclen := int(rec[16]) | int(rec[17])<<8
		d.bufp += reclen
		ino := uint64(0)
		for i := 7; i >= 0; i-- {
			ino = ino<<8 | uint64(rec[i])
		}
		if ino == 0 {
			continue
		}
		nameb := rec[19:reclen]
		for i, c := range nameb {
			if c == 0 {
				nameb = nameb[:i]
				break
			}
		}
		name := string(nameb)
		if name == "." || name == ".." {
			continue
		}
		if n > 0 {
			n--
		}
		switch mode {
		case readdirName:
			names = append(names, name)
		case readdirDirEntry:
			de := &dirEntry{parent: f.name, name: name, typ: dtToType(rec[18])}
			if de.typ == ^FileMode(0) {
				info, err := Lstat(f.name + "/" + name)
				if IsNotExist(err) {
					continue
				}
				if err != nil {
					return nil, dirents, nil, err
				}
				de.typ, de.info = info.Mode().Type(), info
			}
			dirents = append(dirents, de)
		case readdirFileInfo:
			info, err := Lstat(f.name + "/" + name)
			if IsNotExist(err) {
				continue
			}
			if err != nil {
				return nil, nil, infos, err
			}
			infos = append(infos, info)
		}
	}
	if n > 0 && len(names)+len(dirents)+len(infos) == 0 {
		return nil, nil, nil, io.EOF
	}
	return names, dirents, infos, nil
}

// Readdir reads the contents of the directory associated with file and
// returns a slice of up to n FileInfo values, as would be returned by Lstat,
// in directory order.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	_, _, infos, err := f.readdir(n, readdirFileInfo)
	if infos == nil {
		infos = []FileInfo{}
	}
	return infos, err
}

// Readdirnames reads the contents of the directory associated with file and
// returns a slice of up to n names of files in the directory, in directory
// order.
func (f *File) Readdirnames(n int) (names []string, err error) {
	if f == nil {
		return nil, ErrInvalid
	}
	names, _, _, err = f.readdir(n, readdirName)
	if names == nil {
		names = []string{}
	}
	return names, err
}

// ReadDir reads the contents of the directory associated with the file f and
// returns a slice of DirEntry values in directory order.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	_, dirents, _, err := f.readdir(n, readdirDirEntry)
	if dirents == nil {
		dirents = []DirEntry{}
	}
	return dirents, err
}

// ReadDir reads the named directory, returning all its directory entries
// sorted by filename.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dirs, err := f.ReadDir(-1)
	// sort, not slices: the back end runs no generic code yet.
	sort.Slice(dirs, func(i, j int) bool { return dirs[i].Name() < dirs[j].Name() })
	return dirs, err
}
