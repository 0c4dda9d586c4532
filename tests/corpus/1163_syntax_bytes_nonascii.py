# A bytes literal may only hold ASCII characters: the caret spans its UTF-8 bytes.
print('before')
data = b'café'
