# A file's SyntaxError counts columns in UTF-8 bytes (its tokenizer has no encoding to convert them with), so
# the caret of an error after non-ASCII text sits further right than the character column.
x = ("値値" 1)
