while False:
 while False:
  while False:
   while False:
    while False:
     while False:
      while False:
       while False:
        while False:
         while False:
          while False:
           while False:
            while False:
             while False:
              while False:
               while False:
                while False:
                 while False:
                  while False:
                   while False:
                    while False:
                     pass
print("unreachable")
