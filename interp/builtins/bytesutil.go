package builtins

import "atompy.dev/atompy/interp/object"

// bytesOf returns a copy of the contents of a bytes or bytearray value (or
// of an instance of a subclass of either).
func bytesOf(t *object.Thread, v Value) ([]byte, bool) {
	v = object.Payload(t, v)
	if !object.IsBytes(v) && !object.IsByteArray(v) {
		return nil, false
	}
	return append([]byte(nil), object.BytesView(v)...), true
}
