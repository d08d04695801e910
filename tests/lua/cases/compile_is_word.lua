this is wrong
