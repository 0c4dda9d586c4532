data = {"a": 1}
total = data["a"] + data["b"]
