// rundir

package ignored
