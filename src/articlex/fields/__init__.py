"""One module per field; each public function is a pure function of the page and options."""
