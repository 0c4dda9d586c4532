# os.makedirs (intermediate directories, exist_ok) and os.path.getsize over files a program makes.
import os

ROOT = "playground_1673"
deep = os.path.join(ROOT, "a", "b", "c")
os.makedirs(deep)
print(os.path.isdir(ROOT), os.listdir(ROOT), os.listdir(os.path.join(ROOT, "a")), os.path.isdir(deep))
os.makedirs(deep, exist_ok=True)
os.makedirs(os.path.join(ROOT, "a", ".", "d") + "/", exist_ok=True)
print(sorted(os.listdir(os.path.join(ROOT, "a"))))
try:
    os.makedirs(deep)
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
note = os.path.join(deep, "note.txt")
with open(note, "w") as f:
    f.write("héllo\n" * 3)
print(os.path.getsize(note), len("héllo\n" * 3), os.path.getsize(note.encode().decode()))
try:
    os.makedirs(note, exist_ok=True)
except FileExistsError as e:
    print("file in the way:", type(e).__name__, e.filename == note)
try:
    os.path.getsize(os.path.join(ROOT, "missing.txt"))
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    os.makedirs(os.path.join(note, "below"))
except OSError as e:
    print(type(e).__name__, e.errno)
os.remove(note)
for sub in ["a/b/c", "a/b", "a/d", "a", ""]:
    os.rmdir(os.path.join(ROOT, sub))
print(os.path.exists(ROOT))
