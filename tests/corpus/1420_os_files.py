# os and os.path over files a program makes: mkdir, listdir, exists/isfile/isdir, remove, rmdir.
import os

DIR = "playground_1420"
os.mkdir(DIR)
print(os.path.exists(DIR), os.path.isdir(DIR), os.path.isfile(DIR), os.listdir(DIR))
for name in ["b.txt", "a.txt", "c.log"]:
    with open(os.path.join(DIR, name), "w") as f:
        f.write(name.upper())
print(sorted(os.listdir(DIR)))
print([n for n in sorted(os.listdir(DIR)) if n.endswith(".txt")])
path = os.path.join(DIR, "a.txt")
print(path, os.path.exists(path), os.path.isfile(path), os.path.isdir(path))
with open(path) as f:
    print(f.read())

def attempt(label, action):
    try:
        print(label, repr(action()))
    except OSError as e:
        print(label, type(e).__name__, e)

attempt("mkdir again", lambda: os.mkdir(DIR))
attempt("rmdir not empty", lambda: os.rmdir(DIR))
attempt("listdir missing", lambda: os.listdir("no_such_dir_1420"))
attempt("listdir file", lambda: os.listdir(path))
attempt("remove dir", lambda: os.remove(DIR))
attempt("open missing in dir", lambda: open(os.path.join(DIR, "zzz.txt")))
attempt("nested missing", lambda: open(os.path.join(DIR, "sub", "x.txt"), "w"))
attempt("listdir int", lambda: os.listdir(3.5))

for name in sorted(os.listdir(DIR)):
    os.remove(os.path.join(DIR, name))
print(os.listdir(DIR))
os.rmdir(DIR)
print(os.path.exists(DIR), os.path.exists("no_such_file_1420"))
attempt("rmdir missing", lambda: os.rmdir(DIR))
print(os.path.isdir("."), os.path.exists(""))
