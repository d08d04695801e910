local a = 1
return a + undefined_var
