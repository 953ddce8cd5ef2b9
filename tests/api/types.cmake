# Value-type tests: every spec example body of the endpoints we use parses.
