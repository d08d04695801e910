for i do end
