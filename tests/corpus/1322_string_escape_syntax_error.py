print("start")
y = "\xZZ"
