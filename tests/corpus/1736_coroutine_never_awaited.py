# A coroutine never awaited: RuntimeWarning at the line that frees it, once per line, and at exit as sys:1.
async def work(n):
    return n

def main():
    work(1)
    print("after call")
    c = work(2)
    del c
    print("after del")

main()
x = work(3)
print("end")
