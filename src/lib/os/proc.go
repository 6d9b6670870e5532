package os

import (
	"errors"
	"syscall"
	"time"
)

// Exit causes the current program to exit with the given status code.
func Exit(code int) { syscall.Exit(code) }

// Getpid returns the process id of the caller.
func Getpid() int { return syscall.Getpid() }

// Getppid returns the process id of the caller's parent.
func Getppid() int { return syscall.Getppid() }

// Getuid returns the numeric user id of the caller.
func Getuid() int { return syscall.Getuid() }

// Geteuid returns the numeric effective user id of the caller.
func Geteuid() int { return syscall.Geteuid() }

// Getgid returns the numeric group id of the caller.
func Getgid() int { return syscall.Getgid() }

// Getegid returns the numeric effective group id of the caller.
func Getegid() int { return syscall.Getegid() }

// Getgroups returns a list of the numeric ids of groups that the caller
// belongs to.
func Getgroups() ([]int, error) {
	gids, e := syscall.Getgroups()
	return gids, NewSyscallError("getgroups", e)
}

// Getpagesize returns the underlying system's memory page size.
func Getpagesize() int { return syscall.Getpagesize() }

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	var un syscall.Utsname
	if err := syscall.Uname(&un); err != nil {
		return "", NewSyscallError("uname", err)
	}
	var buf [65]byte
	n := 0
	for _, c := range un.Nodename {
		if c == 0 {
			break
		}
		buf[n] = byte(c)
		n++
	}
	return string(buf[:n]), nil
}

// Executable returns the path name for the executable that started the
// current process.
func Executable() (string, error) {
	p, err := Readlink("/proc/self/exe")
	if err != nil {
		return "", err
	}
	return p, nil
}

// A Signal represents an operating system signal.
type Signal interface {
	String() string
	Signal()
}

// The only signal values guaranteed to be present in the os package on all
// systems are os.Interrupt (send the process an interrupt) and os.Kill (force
// the process to exit).
var (
	Interrupt Signal = syscall.SIGINT
	Kill      Signal = syscall.SIGKILL
)

// ErrProcessDone indicates a Process has finished.
var ErrProcessDone = errors.New("os: process already finished")

// Process stores the information about a process created by StartProcess.
type Process struct {
	Pid  int
	done bool
}

// ProcAttr holds the attributes that will be applied to a new process started
// by StartProcess.
type ProcAttr struct {
	// If Dir is non-empty, the child changes into the directory before creating
	// the process.
	Dir string
	// If Env is non-nil, it gives the environment variables for the new process
	// in the form returned by Environ.
	Env []string
	// Files specifies the open files inherited by the new process.
	Files []*File

	// Operating system-specific process creation attributes.
	Sys *syscall.SysProcAttr
}

// FindProcess looks for a running process by its pid.
func FindProcess(pid int) (*Process, error) {
	return &Process{Pid: pid}, nil
}

// StartProcess starts a new process; gots cannot create processes, so it
// always fails.
func StartProcess(name string, argv []string, attr *ProcAttr) (*Process, error) {
	return nil, &PathError{Op: "fork/exec", Path: name, Err: syscall.ENOSYS}
}

// Release releases any resources associated with the Process p.
func (p *Process) Release() error {
	p.Pid = -1
	return nil
}

// Kill causes the Process to exit immediately.
func (p *Process) Kill() error { return p.Signal(Kill) }

// Wait waits for the Process to exit; gots has no child processes.
func (p *Process) Wait() (*ProcessState, error) {
	if p.Pid == -1 {
		return nil, syscall.EINVAL
	}
	return nil, NewSyscallError("wait", syscall.ECHILD)
}

// Signal sends a signal to the Process.
func (p *Process) Signal(sig Signal) error {
	if p.Pid == -1 {
		return errors.New("os: process already released")
	}
	if p.Pid == 0 {
		return errors.New("os: process not initialized")
	}
	if p.done {
		return ErrProcessDone
	}
	s, ok := sig.(syscall.Signal)
	if !ok {
		return errors.New("os: unsupported signal type")
	}
	if e := syscall.Kill(p.Pid, s); e != nil {
		if e == syscall.ESRCH {
			return ErrProcessDone
		}
		return NewSyscallError("kill", e)
	}
	return nil
}

// ProcessState stores information about a process, as reported by Wait.
type ProcessState struct {
	pid    int
	status syscall.WaitStatus
	rusage *syscall.Rusage
}

// Pid returns the process id of the exited process.
func (p *ProcessState) Pid() int { return p.pid }

// Exited reports whether the program has exited.
func (p *ProcessState) Exited() bool { return p.status.Exited() }

// Success reports whether the program exited successfully.
func (p *ProcessState) Success() bool { return p.status.ExitStatus() == 0 }

// Sys returns system-dependent exit information about the process.
func (p *ProcessState) Sys() any { return p.status }

// SysUsage returns system-dependent resource usage information about the
// exited process.
func (p *ProcessState) SysUsage() any { return p.rusage }

// UserTime returns the user CPU time of the exited process and its children.
func (p *ProcessState) UserTime() time.Duration {
	if p.rusage == nil {
		return 0
	}
	return time.Duration(p.rusage.Utime.Nano()) * time.Nanosecond
}

// SystemTime returns the system CPU time of the exited process and its
// children.
func (p *ProcessState) SystemTime() time.Duration {
	if p.rusage == nil {
		return 0
	}
	return time.Duration(p.rusage.Stime.Nano()) * time.Nanosecond
}

// ExitCode returns the exit code of the exited process, or -1 if the process
// hasn't exited or was terminated by a signal.
func (p *ProcessState) ExitCode() int {
	if p == nil {
		return -1
	}
	return p.status.ExitStatus()
}

func (p *ProcessState) String() string {
	if p == nil {
		return "<nil>"
	}
	status := p.Sys().(syscall.WaitStatus)
	res := ""
	switch {
	case status.Exited():
		code := status.ExitStatus()
		res = "exit status " + itoa(code)
	case status.Signaled():
		res = "signal: " + status.Signal().String()
	case status.Stopped():
		res = "stop signal: " + status.StopSignal().String()
		if status.StopSignal() == syscall.SIGTRAP && status.TrapCause() != 0 {
			res += " (trap " + itoa(status.TrapCause()) + ")"
		}
	case status.Continued():
		res = "continued"
	}
	if status.CoreDump() {
		res += " (core dumped)"
	}
	return res
}

func itoa(val int) string {
	if val < 0 {
		return "-" + uitoa(uint(-val))
	}
	return uitoa(uint(val))
}

// Pipe returns a connected pair of Files; reads from r return bytes written
// to w.
func Pipe() (r *File, w *File, err error) {
	var p [2]int
	e := syscall.Pipe2(p[0:], syscall.O_CLOEXEC)
	if e != nil {
		return nil, nil, NewSyscallError("pipe2", e)
	}
	return NewFile(uintptr(p[0]), "|0"), NewFile(uintptr(p[1]), "|1"), nil
}
