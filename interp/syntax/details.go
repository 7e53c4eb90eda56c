package syntax

// Details returns the fields the interpreter needs to raise the error as a
// Python SyntaxError (it implements vm.SyntaxDetails, which the VM declares
// so that it does not import the front end).
func (e *Error) Details() (kind, msg, filename string, line, col int, text string) {
	return e.Kind, e.Msg, e.Filename, e.Line, e.Col, e.Text
}
