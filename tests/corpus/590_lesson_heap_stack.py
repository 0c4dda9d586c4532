def make_list(n):
    result = []
    for i in range(n):
        result.append(i)
    return result

numbers = make_list(3)
same = numbers
print(numbers is same)
