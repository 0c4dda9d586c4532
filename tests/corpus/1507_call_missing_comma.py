# A missing comma between call arguments: python3 marks both expressions and asks "Perhaps you forgot a comma?".
name = "Ada"
print("Hello" name)
