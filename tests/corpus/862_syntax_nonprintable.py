x = 1
name​ = 2
