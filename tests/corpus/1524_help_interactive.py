# help() with no argument: the interactive help utility, reading its requests from stdin until EOF.
print(repr(help))
help()
print("back")
help()
print("done")
