return "a" .. undefined_thing
