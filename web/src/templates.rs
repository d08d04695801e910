//! Starter templates for the editor (functions-intro examples and quick-start skeletons).

/// (menu title, buffer name, text).
pub const TEMPLATES: &[(&str, &str, &str)] = &[
    ("knockknock (functions intro)", "knockknock.lua", KNOCK),
    (
        "my_hset / my_hgetall / my_hlastmodified",
        "mylib.lua",
        MYLIB,
    ),
    ("Quick start: read/write function", "myfunc.lua", QUICK),
    ("Quick start: no-writes function", "myfunc_ro.lua", QUICK_RO),
    ("EVAL script (KEYS/ARGV)", "script.lua", EVAL),
];

/// The first functions-intro example.
pub const KNOCK: &str = "#!lua name=mylib\nredis.register_function('knockknock', function() return 'Who\\'s there?' end)\n";

/// The functions-intro hash library.
pub const MYLIB: &str = r#"#!lua name=mylib

local function check_keys(keys)
  local error = nil
  local nkeys = table.getn(keys)
  if nkeys == 0 then
    error = 'Hash key name not provided'
  elseif nkeys > 1 then
    error = 'Only one hash key name is allowed'
  end

  if error ~= nil then
    redis.log(redis.LOG_WARNING, error);
    return redis.error_reply(error)
  end
  return nil
end

local function my_hset(keys, args)
  local error = check_keys(keys)
  if error ~= nil then
    return error
  end

  local hash = keys[1]
  local time = redis.call('TIME')[1]
  return redis.call('HSET', hash, '_last_modified_', time, unpack(args))
end

local function my_hgetall(keys, args)
  local error = check_keys(keys)
  if error ~= nil then
    return error
  end

  redis.setresp(3)
  local hash = keys[1]
  local res = redis.call('HGETALL', hash)
  res['map']['_last_modified_'] = nil
  return res
end

local function my_hlastmodified(keys, args)
  local error = check_keys(keys)
  if error ~= nil then
    return error
  end

  local hash = keys[1]
  return redis.call('HGET', keys[1], '_last_modified_')
end

redis.register_function('my_hset', my_hset)
redis.register_function('my_hgetall', my_hgetall)
redis.register_function('my_hlastmodified', my_hlastmodified)
"#;

/// Quick-start read/write function skeleton.
pub const QUICK: &str = r#"#!lua name=quicklib

local function myfunc(KEYS, ARGV)
  return redis.call('SET', KEYS[1], ARGV[1])
end

redis.register_function('myfunc', myfunc)
"#;

/// Quick-start no-writes function skeleton.
pub const QUICK_RO: &str = r#"#!lua name=quicklib_ro

local function myfunc_ro(KEYS, ARGV)
  return redis.call('GET', KEYS[1])
end

redis.register_function{
  function_name = 'myfunc_ro',
  callback = myfunc_ro,
  flags = { 'no-writes' }
}
"#;

/// An EVAL script.
pub const EVAL: &str = "-- Run with the \"EVAL buffer\" button or `EVALBUF <numkeys> key.. arg..`\nlocal n = redis.call('INCRBY', KEYS[1], ARGV[1] or 1)\nreturn {KEYS[1], n}\n";
