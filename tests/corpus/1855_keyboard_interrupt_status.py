# An uncaught KeyboardInterrupt ends python3 as SIGINT would: exit status 130 (an uncaught subclass: 1).
print("working")
raise KeyboardInterrupt
