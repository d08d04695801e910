for i = 1, 3 do
  if i == 3 then
    error("at three")
  end
end
