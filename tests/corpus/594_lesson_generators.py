import sys

squares_list = [x * x for x in range(1000)]
squares_gen = (x * x for x in range(1000))
print(sys.getsizeof(squares_list))
print(sys.getsizeof(squares_gen))
print(sum(squares_gen))
