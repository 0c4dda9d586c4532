s = "abc"
s.upper().missing()
