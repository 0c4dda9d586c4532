import sys
def read_numbers(n):
    for i in range(n):
        yield i
big_list = [i for i in range(10000)]
lazy = read_numbers(10000)
print("list bytes:", sys.getsizeof(big_list))
print("generator is small:", sys.getsizeof(lazy) < 500)
print(sum(big_list) == sum(lazy))
print(sum(lazy))
