# A coroutine never awaited inside a loop: the RuntimeWarning is shown once for its line (the default filter's
# registry), however many times the line frees one; another line warns again.
async def work(n):
    return n

for i in range(4):
    work(i)
    print("round", i)
for i in range(2):
    c = work(i)
    c = None
    print("again", i)
print("end")
