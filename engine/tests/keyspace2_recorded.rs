//! Runs keyspace conformance cases (hashes, lists, sets, sorted sets) recorded from a real
//! Redis 7.0.15 natively through `check_command` + `Core::run`, comparing the replies as the
//! conformance harness would (RESP2 lowering of maps/sets/doubles, match modes).
//! Cases recorded from redis-server 7.0.15 by the branch author (edge cases beyond the corpus).

#[path = "keyspace2_support/mod.rs"]
mod support;
use support::{run_case, E};
#[test]
fn rec_battery_hash_basic() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"hset".to_vec(),
                    b"h".to_vec(),
                    b"f1".to_vec(),
                    b"v1".to_vec(),
                    b"f2".to_vec(),
                    b"v2".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (
                vec![
                    b"hset".to_vec(),
                    b"h".to_vec(),
                    b"f1".to_vec(),
                    b"x".to_vec(),
                    b"f3".to_vec(),
                    b"v3".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![b"hgetall".to_vec(), b"h".to_vec()],
                E::Arr(vec![
                    E::Bulk(b"f1".to_vec()),
                    E::Bulk(b"x".to_vec()),
                    E::Bulk(b"f2".to_vec()),
                    E::Bulk(b"v2".to_vec()),
                    E::Bulk(b"f3".to_vec()),
                    E::Bulk(b"v3".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![b"hkeys".to_vec(), b"h".to_vec()],
                E::Arr(vec![
                    E::Bulk(b"f1".to_vec()),
                    E::Bulk(b"f2".to_vec()),
                    E::Bulk(b"f3".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![b"hvals".to_vec(), b"h".to_vec()],
                E::Arr(vec![
                    E::Bulk(b"x".to_vec()),
                    E::Bulk(b"v2".to_vec()),
                    E::Bulk(b"v3".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"hdel".to_vec(),
                    b"h".to_vec(),
                    b"f2".to_vec(),
                    b"nope".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![b"hgetall".to_vec(), b"h".to_vec()],
                E::Arr(vec![
                    E::Bulk(b"f1".to_vec()),
                    E::Bulk(b"x".to_vec()),
                    E::Bulk(b"f3".to_vec()),
                    E::Bulk(b"v3".to_vec()),
                ]),
                "exact",
            ),
            (vec![b"hlen".to_vec(), b"h".to_vec()], E::Int(2), "exact"),
            (
                vec![b"hexists".to_vec(), b"h".to_vec(), b"f1".to_vec()],
                E::Int(1),
                "exact",
            ),
            (
                vec![b"hexists".to_vec(), b"h".to_vec(), b"nope".to_vec()],
                E::Int(0),
                "exact",
            ),
            (
                vec![b"hstrlen".to_vec(), b"h".to_vec(), b"f1".to_vec()],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"hdel".to_vec(),
                    b"h".to_vec(),
                    b"f1".to_vec(),
                    b"f3".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (vec![b"exists".to_vec(), b"h".to_vec()], E::Int(0), "exact"),
            (
                vec![b"hdel".to_vec(), b"h".to_vec(), b"f1".to_vec()],
                E::Int(0),
                "exact",
            ),
            (vec![b"hlen".to_vec(), b"nope".to_vec()], E::Int(0), "exact"),
            (
                vec![b"hget".to_vec(), b"nope".to_vec(), b"f".to_vec()],
                E::Nil,
                "exact",
            ),
            (
                vec![
                    b"hsetnx".to_vec(),
                    b"n".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![b"hgetall".to_vec(), b"n".to_vec()],
                E::Arr(vec![E::Bulk(b"a".to_vec()), E::Bulk(b"b".to_vec())]),
                "exact",
            ),
            (
                vec![b"object".to_vec(), b"encoding".to_vec(), b"n".to_vec()],
                E::Bulk(b"listpack".to_vec()),
                "exact",
            ),
        ],
    );
}

#[test]
fn rec_battery_hash_resp3() {
    run_case(
        3,
        vec![
            (
                vec![
                    b"hset".to_vec(),
                    b"h".to_vec(),
                    b"a".to_vec(),
                    b"1".to_vec(),
                    b"b".to_vec(),
                    b"2".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (
                vec![b"hgetall".to_vec(), b"h".to_vec()],
                E::Map(vec![
                    (E::Bulk(b"a".to_vec()), E::Bulk(b"1".to_vec())),
                    (E::Bulk(b"b".to_vec()), E::Bulk(b"2".to_vec())),
                ]),
                "exact",
            ),
            (
                vec![b"hgetall".to_vec(), b"nope".to_vec()],
                E::Map(vec![]),
                "exact",
            ),
            (
                vec![
                    b"hrandfield".to_vec(),
                    b"h".to_vec(),
                    b"5".to_vec(),
                    b"withvalues".to_vec(),
                ],
                E::Arr(vec![
                    E::Arr(vec![E::Bulk(b"a".to_vec()), E::Bulk(b"1".to_vec())]),
                    E::Arr(vec![E::Bulk(b"b".to_vec()), E::Bulk(b"2".to_vec())]),
                ]),
                "exact",
            ),
            (
                vec![b"hrandfield".to_vec(), b"h".to_vec(), b"5".to_vec()],
                E::Arr(vec![E::Bulk(b"a".to_vec()), E::Bulk(b"b".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"hmget".to_vec(),
                    b"h".to_vec(),
                    b"a".to_vec(),
                    b"zz".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"1".to_vec()), E::Nil]),
                "exact",
            ),
            (
                vec![
                    b"hincrbyfloat".to_vec(),
                    b"h".to_vec(),
                    b"a".to_vec(),
                    b"0.5".to_vec(),
                ],
                E::Bulk(b"1.5".to_vec()),
                "exact",
            ),
            (
                vec![b"hscan".to_vec(), b"h".to_vec(), b"0".to_vec()],
                E::Arr(vec![
                    E::Bulk(b"0".to_vec()),
                    E::Arr(vec![
                        E::Bulk(b"a".to_vec()),
                        E::Bulk(b"1.5".to_vec()),
                        E::Bulk(b"b".to_vec()),
                        E::Bulk(b"2".to_vec()),
                    ]),
                ]),
                "exact",
            ),
            (
                vec![
                    b"hscan".to_vec(),
                    b"h".to_vec(),
                    b"0".to_vec(),
                    b"match".to_vec(),
                    b"a*".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"0".to_vec()),
                    E::Arr(vec![E::Bulk(b"a".to_vec()), E::Bulk(b"1.5".to_vec())]),
                ]),
                "exact",
            ),
        ],
    );
}

#[test]
fn rec_battery_hash_incr() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"hincrby".to_vec(),
                    b"h".to_vec(),
                    b"n".to_vec(),
                    b"9223372036854775806".to_vec(),
                ],
                E::Int(9223372036854775806),
                "exact",
            ),
            (
                vec![
                    b"hincrby".to_vec(),
                    b"h".to_vec(),
                    b"n".to_vec(),
                    b"1".to_vec(),
                ],
                E::Int(9223372036854775807),
                "exact",
            ),
            (
                vec![
                    b"hincrby".to_vec(),
                    b"h".to_vec(),
                    b"n".to_vec(),
                    b"1".to_vec(),
                ],
                E::Err(b"ERR increment or decrement would overflow".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"hincrby".to_vec(),
                    b"h".to_vec(),
                    b"n".to_vec(),
                    b"-9223372036854775807".to_vec(),
                ],
                E::Int(0),
                "exact",
            ),
            (
                vec![
                    b"hincrby".to_vec(),
                    b"h".to_vec(),
                    b"m".to_vec(),
                    b"-1".to_vec(),
                ],
                E::Int(-1),
                "exact",
            ),
            (
                vec![
                    b"hincrbyfloat".to_vec(),
                    b"h".to_vec(),
                    b"f".to_vec(),
                    b"10.5".to_vec(),
                ],
                E::Bulk(b"10.5".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"hincrbyfloat".to_vec(),
                    b"h".to_vec(),
                    b"f".to_vec(),
                    b"-0.5".to_vec(),
                ],
                E::Bulk(b"10".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"hincrbyfloat".to_vec(),
                    b"h".to_vec(),
                    b"f".to_vec(),
                    b"1e3".to_vec(),
                ],
                E::Bulk(b"1010".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"hincrbyfloat".to_vec(),
                    b"h".to_vec(),
                    b"f".to_vec(),
                    b"0.1".to_vec(),
                ],
                E::Bulk(b"1010.09999999999999998".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"hincrbyfloat".to_vec(),
                    b"h".to_vec(),
                    b"f".to_vec(),
                    b"3.0e-2".to_vec(),
                ],
                E::Bulk(b"1010.13".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"hincrbyfloat".to_vec(),
                    b"h".to_vec(),
                    b"g".to_vec(),
                    b"5".to_vec(),
                ],
                E::Bulk(b"5".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"hincrbyfloat".to_vec(),
                    b"h".to_vec(),
                    b"g".to_vec(),
                    b"inf".to_vec(),
                ],
                E::Err(b"ERR value is NaN or Infinity".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"hincrbyfloat".to_vec(),
                    b"h".to_vec(),
                    b"g".to_vec(),
                    b"-inf".to_vec(),
                ],
                E::Err(b"ERR value is NaN or Infinity".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"hincrbyfloat".to_vec(),
                    b"h".to_vec(),
                    b"g".to_vec(),
                    b"nan".to_vec(),
                ],
                E::Err(b"ERR value is not a valid float".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"hincrbyfloat".to_vec(),
                    b"h".to_vec(),
                    b"g".to_vec(),
                    b"abc".to_vec(),
                ],
                E::Err(b"ERR value is not a valid float".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"hincrbyfloat".to_vec(),
                    b"h".to_vec(),
                    b"g".to_vec(),
                    b"".to_vec(),
                ],
                E::Err(b"ERR value is not a valid float".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"hincrby".to_vec(),
                    b"h".to_vec(),
                    b"g".to_vec(),
                    b"1.5".to_vec(),
                ],
                E::Err(b"ERR value is not an integer or out of range".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"hincrby".to_vec(),
                    b"h".to_vec(),
                    b"g".to_vec(),
                    b"".to_vec(),
                ],
                E::Err(b"ERR value is not an integer or out of range".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"hset".to_vec(),
                    b"h".to_vec(),
                    b"s".to_vec(),
                    b" 1".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"hincrbyfloat".to_vec(),
                    b"h".to_vec(),
                    b"s".to_vec(),
                    b"1".to_vec(),
                ],
                E::Err(b"ERR hash value is not a float".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"hincrby".to_vec(),
                    b"h".to_vec(),
                    b"s".to_vec(),
                    b"1".to_vec(),
                ],
                E::Err(b"ERR hash value is not an integer".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"hset".to_vec(),
                    b"h".to_vec(),
                    b"z".to_vec(),
                    b"0x10".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"hincrbyfloat".to_vec(),
                    b"h".to_vec(),
                    b"z".to_vec(),
                    b"1".to_vec(),
                ],
                E::Bulk(b"17".to_vec()),
                "exact",
            ),
            (
                vec![b"hget".to_vec(), b"h".to_vec(), b"z".to_vec()],
                E::Bulk(b"17".to_vec()),
                "exact",
            ),
            (
                vec![b"hmset".to_vec(), b"h".to_vec(), b"a".to_vec()],
                E::Err(b"ERR wrong number of arguments for 'hmset' command".to_vec()),
                "exact",
            ),
            (
                vec![b"hsetnx".to_vec(), b"h".to_vec()],
                E::Err(b"ERR wrong number of arguments for 'hsetnx' command".to_vec()),
                "exact",
            ),
            (
                vec![b"set".to_vec(), b"str".to_vec(), b"v".to_vec()],
                E::Status(b"OK".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"hincrby".to_vec(),
                    b"str".to_vec(),
                    b"a".to_vec(),
                    b"1".to_vec(),
                ],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![
                    b"hincrbyfloat".to_vec(),
                    b"str".to_vec(),
                    b"a".to_vec(),
                    b"1".to_vec(),
                ],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"hget".to_vec(), b"str".to_vec(), b"a".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"hmget".to_vec(), b"str".to_vec(), b"a".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"hlen".to_vec(), b"str".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"hscan".to_vec(), b"str".to_vec(), b"0".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"hrandfield".to_vec(), b"str".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"hrandfield".to_vec(), b"str".to_vec(), b"1".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"hdel".to_vec(), b"str".to_vec(), b"a".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"hexists".to_vec(), b"str".to_vec(), b"a".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"hstrlen".to_vec(), b"str".to_vec(), b"a".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"hkeys".to_vec(), b"str".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"hvals".to_vec(), b"str".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![
                    b"hsetnx".to_vec(),
                    b"str".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                ],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
        ],
    );
}

#[test]
fn rec_battery_hash_rand_scan() {
    run_case(2, vec![
        (vec![b"hset".to_vec(), b"h".to_vec(), b"a".to_vec(), b"1".to_vec()], E::Int(1), "exact"),
        (vec![b"hrandfield".to_vec(), b"h".to_vec(), b"0".to_vec()], E::Arr(vec![]), "exact"),
        (vec![b"hrandfield".to_vec(), b"h".to_vec(), b"-3".to_vec()], E::Arr(vec![E::Bulk(b"a".to_vec()), E::Bulk(b"a".to_vec()), E::Bulk(b"a".to_vec())]), "exact"),
        (vec![b"hrandfield".to_vec(), b"h".to_vec(), b"-3".to_vec(), b"withvalues".to_vec()], E::Arr(vec![E::Bulk(b"a".to_vec()), E::Bulk(b"1".to_vec()), E::Bulk(b"a".to_vec()), E::Bulk(b"1".to_vec()), E::Bulk(b"a".to_vec()), E::Bulk(b"1".to_vec())]), "exact"),
        (vec![b"hrandfield".to_vec(), b"h".to_vec(), b"3".to_vec(), b"withvalues".to_vec()], E::Arr(vec![E::Bulk(b"a".to_vec()), E::Bulk(b"1".to_vec())]), "exact"),
        (vec![b"hrandfield".to_vec(), b"h".to_vec(), b"-9223372036854775808".to_vec()], E::Err(b"ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807".to_vec()), "exact"),
        (vec![b"hrandfield".to_vec(), b"h".to_vec(), b"4611686018427387904".to_vec(), b"withvalues".to_vec()], E::Err(b"ERR value is out of range".to_vec()), "exact"),
        (vec![b"hrandfield".to_vec(), b"h".to_vec(), b"x".to_vec()], E::Err(b"ERR value is not an integer or out of range".to_vec()), "exact"),
        (vec![b"hrandfield".to_vec(), b"h".to_vec(), b"1".to_vec(), b"withvalues".to_vec(), b"extra".to_vec()], E::Err(b"ERR syntax error".to_vec()), "exact"),
        (vec![b"hrandfield".to_vec(), b"nope".to_vec(), b"2".to_vec()], E::Arr(vec![]), "exact"),
        (vec![b"hrandfield".to_vec(), b"nope".to_vec()], E::Nil, "exact"),
        (vec![b"hscan".to_vec(), b"h".to_vec(), b"0".to_vec(), b"count".to_vec(), b"0".to_vec()], E::Err(b"ERR syntax error".to_vec()), "exact"),
        (vec![b"hscan".to_vec(), b"h".to_vec(), b"0".to_vec(), b"count".to_vec(), b"x".to_vec()], E::Err(b"ERR value is not an integer or out of range".to_vec()), "exact"),
        (vec![b"hscan".to_vec(), b"h".to_vec(), b"abc".to_vec()], E::Err(b"ERR invalid cursor".to_vec()), "exact"),
        (vec![b"hscan".to_vec(), b"h".to_vec(), b"0".to_vec(), b"match".to_vec()], E::Err(b"ERR syntax error".to_vec()), "exact"),
        (vec![b"hscan".to_vec(), b"h".to_vec(), b"0".to_vec(), b"novalue".to_vec()], E::Err(b"ERR syntax error".to_vec()), "exact"),
        (vec![b"hscan".to_vec(), b"h".to_vec(), b"-1".to_vec()], E::Arr(vec![E::Bulk(b"0".to_vec()), E::Arr(vec![E::Bulk(b"a".to_vec()), E::Bulk(b"1".to_vec())])]), "exact"),
        (vec![b"hscan".to_vec(), b"h".to_vec(), b" 1".to_vec()], E::Err(b"ERR invalid cursor".to_vec()), "exact"),
        (vec![b"hscan".to_vec(), b"h".to_vec(), b"".to_vec()], E::Arr(vec![E::Bulk(b"0".to_vec()), E::Arr(vec![E::Bulk(b"a".to_vec()), E::Bulk(b"1".to_vec())])]), "exact"),
        (vec![b"hscan".to_vec(), b"nope".to_vec(), b"0".to_vec()], E::Arr(vec![E::Bulk(b"0".to_vec()), E::Arr(vec![])]), "exact"),
        (vec![b"hscan".to_vec(), b"h".to_vec(), b"0".to_vec(), b"count".to_vec(), b"1".to_vec(), b"match".to_vec(), b"z*".to_vec()], E::Arr(vec![E::Bulk(b"0".to_vec()), E::Arr(vec![])]), "exact"),
    ]);
}

#[test]
fn rec_battery_hash_encoding() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"hset".to_vec(),
                    b"h".to_vec(),
                    b"a".to_vec(),
                    b"1".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![b"object".to_vec(), b"encoding".to_vec(), b"h".to_vec()],
                E::Bulk(b"listpack".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"hset".to_vec(),
                    b"h".to_vec(),
                    b"b".to_vec(),
                    b"0123456789012345678901234567890123456789012345678901234567890123456789"
                        .to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![b"object".to_vec(), b"encoding".to_vec(), b"h".to_vec()],
                E::Bulk(b"hashtable".to_vec()),
                "exact",
            ),
            (
                vec![b"hdel".to_vec(), b"h".to_vec(), b"b".to_vec()],
                E::Int(1),
                "exact",
            ),
            (
                vec![b"object".to_vec(), b"encoding".to_vec(), b"h".to_vec()],
                E::Bulk(b"hashtable".to_vec()),
                "exact",
            ),
        ],
    );
}

#[test]
fn rec_battery_list_basic() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"lpush".to_vec(),
                    b"l".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"c".to_vec(),
                ],
                E::Int(3),
                "exact",
            ),
            (
                vec![
                    b"rpush".to_vec(),
                    b"l".to_vec(),
                    b"d".to_vec(),
                    b"e".to_vec(),
                ],
                E::Int(5),
                "exact",
            ),
            (
                vec![
                    b"lrange".to_vec(),
                    b"l".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"c".to_vec()),
                    E::Bulk(b"b".to_vec()),
                    E::Bulk(b"a".to_vec()),
                    E::Bulk(b"d".to_vec()),
                    E::Bulk(b"e".to_vec()),
                ]),
                "exact",
            ),
            (vec![b"llen".to_vec(), b"l".to_vec()], E::Int(5), "exact"),
            (
                vec![b"lindex".to_vec(), b"l".to_vec(), b"-1".to_vec()],
                E::Bulk(b"e".to_vec()),
                "exact",
            ),
            (
                vec![b"lindex".to_vec(), b"l".to_vec(), b"100".to_vec()],
                E::Nil,
                "exact",
            ),
            (
                vec![b"lindex".to_vec(), b"l".to_vec(), b"-100".to_vec()],
                E::Nil,
                "exact",
            ),
            (
                vec![b"lpushx".to_vec(), b"nol".to_vec(), b"a".to_vec()],
                E::Int(0),
                "exact",
            ),
            (
                vec![b"rpushx".to_vec(), b"nol".to_vec(), b"a".to_vec()],
                E::Int(0),
                "exact",
            ),
            (
                vec![b"exists".to_vec(), b"nol".to_vec()],
                E::Int(0),
                "exact",
            ),
            (
                vec![b"lpushx".to_vec(), b"l".to_vec(), b"z".to_vec()],
                E::Int(6),
                "exact",
            ),
            (
                vec![
                    b"lrange".to_vec(),
                    b"l".to_vec(),
                    b"0".to_vec(),
                    b"0".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"z".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"lset".to_vec(),
                    b"l".to_vec(),
                    b"-1".to_vec(),
                    b"E".to_vec(),
                ],
                E::Status(b"OK".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"lset".to_vec(),
                    b"l".to_vec(),
                    b"-100".to_vec(),
                    b"E".to_vec(),
                ],
                E::Err(b"ERR index out of range".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"lset".to_vec(),
                    b"l".to_vec(),
                    b"x".to_vec(),
                    b"E".to_vec(),
                ],
                E::Err(b"ERR value is not an integer or out of range".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"lrange".to_vec(),
                    b"l".to_vec(),
                    b"-2".to_vec(),
                    b"-1".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"d".to_vec()), E::Bulk(b"E".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"lrem".to_vec(),
                    b"l".to_vec(),
                    b"0".to_vec(),
                    b"z".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"lrem".to_vec(),
                    b"l".to_vec(),
                    b"1".to_vec(),
                    b"nope".to_vec(),
                ],
                E::Int(0),
                "exact",
            ),
            (
                vec![
                    b"rpush".to_vec(),
                    b"l".to_vec(),
                    b"a".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"a".to_vec(),
                ],
                E::Int(9),
                "exact",
            ),
            (
                vec![
                    b"lrem".to_vec(),
                    b"l".to_vec(),
                    b"-2".to_vec(),
                    b"a".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (
                vec![
                    b"lrange".to_vec(),
                    b"l".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"c".to_vec()),
                    E::Bulk(b"b".to_vec()),
                    E::Bulk(b"a".to_vec()),
                    E::Bulk(b"d".to_vec()),
                    E::Bulk(b"E".to_vec()),
                    E::Bulk(b"a".to_vec()),
                    E::Bulk(b"b".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"lrem".to_vec(),
                    b"l".to_vec(),
                    b"0".to_vec(),
                    b"a".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (
                vec![
                    b"lrange".to_vec(),
                    b"l".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"c".to_vec()),
                    E::Bulk(b"b".to_vec()),
                    E::Bulk(b"d".to_vec()),
                    E::Bulk(b"E".to_vec()),
                    E::Bulk(b"b".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"ltrim".to_vec(),
                    b"l".to_vec(),
                    b"1".to_vec(),
                    b"-2".to_vec(),
                ],
                E::Status(b"OK".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"lrange".to_vec(),
                    b"l".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"b".to_vec()),
                    E::Bulk(b"d".to_vec()),
                    E::Bulk(b"E".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"ltrim".to_vec(),
                    b"l".to_vec(),
                    b"5".to_vec(),
                    b"10".to_vec(),
                ],
                E::Status(b"OK".to_vec()),
                "exact",
            ),
            (vec![b"exists".to_vec(), b"l".to_vec()], E::Int(0), "exact"),
            (
                vec![
                    b"ltrim".to_vec(),
                    b"nol".to_vec(),
                    b"0".to_vec(),
                    b"1".to_vec(),
                ],
                E::Status(b"OK".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"ltrim".to_vec(),
                    b"l".to_vec(),
                    b"x".to_vec(),
                    b"1".to_vec(),
                ],
                E::Err(b"ERR value is not an integer or out of range".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"lrange".to_vec(),
                    b"l".to_vec(),
                    b"x".to_vec(),
                    b"1".to_vec(),
                ],
                E::Err(b"ERR value is not an integer or out of range".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"lrem".to_vec(),
                    b"l".to_vec(),
                    b"x".to_vec(),
                    b"a".to_vec(),
                ],
                E::Err(b"ERR value is not an integer or out of range".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"lrem".to_vec(),
                    b"nol".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                ],
                E::Int(0),
                "exact",
            ),
        ],
    );
}

#[test]
fn rec_battery_list_pop() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"rpush".to_vec(),
                    b"l".to_vec(),
                    b"1".to_vec(),
                    b"2".to_vec(),
                    b"3".to_vec(),
                ],
                E::Int(3),
                "exact",
            ),
            (
                vec![b"lpop".to_vec(), b"l".to_vec(), b"0".to_vec()],
                E::Arr(vec![]),
                "exact",
            ),
            (
                vec![b"rpop".to_vec(), b"l".to_vec(), b"1".to_vec()],
                E::Arr(vec![E::Bulk(b"3".to_vec())]),
                "exact",
            ),
            (
                vec![b"lpop".to_vec(), b"l".to_vec(), b"5".to_vec()],
                E::Arr(vec![E::Bulk(b"1".to_vec()), E::Bulk(b"2".to_vec())]),
                "exact",
            ),
            (vec![b"exists".to_vec(), b"l".to_vec()], E::Int(0), "exact"),
            (vec![b"rpop".to_vec(), b"l".to_vec()], E::Nil, "exact"),
            (
                vec![b"rpop".to_vec(), b"l".to_vec(), b"1".to_vec()],
                E::Nil,
                "exact",
            ),
            (
                vec![b"rpop".to_vec(), b"l".to_vec(), b"0".to_vec()],
                E::Nil,
                "exact",
            ),
            (
                vec![b"rpop".to_vec(), b"l".to_vec(), b"-1".to_vec()],
                E::Err(b"ERR value is out of range, must be positive".to_vec()),
                "exact",
            ),
            (
                vec![b"rpop".to_vec(), b"l".to_vec(), b"x".to_vec()],
                E::Err(b"ERR value is out of range, must be positive".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"lpop".to_vec(),
                    b"l".to_vec(),
                    b"1".to_vec(),
                    b"2".to_vec(),
                ],
                E::Err(b"ERR wrong number of arguments for 'lpop' command".to_vec()),
                "exact",
            ),
            (
                vec![b"rpush".to_vec(), b"l".to_vec(), b"x".to_vec()],
                E::Int(1),
                "exact",
            ),
            (
                vec![b"rpop".to_vec(), b"l".to_vec(), b"-1".to_vec()],
                E::Err(b"ERR value is out of range, must be positive".to_vec()),
                "exact",
            ),
            (
                vec![b"rpop".to_vec(), b"l".to_vec(), b"x".to_vec()],
                E::Err(b"ERR value is out of range, must be positive".to_vec()),
                "exact",
            ),
        ],
    );
}

#[test]
fn rec_battery_list_pop_resp3() {
    run_case(
        3,
        vec![
            (
                vec![
                    b"rpush".to_vec(),
                    b"l".to_vec(),
                    b"1".to_vec(),
                    b"2".to_vec(),
                    b"3".to_vec(),
                ],
                E::Int(3),
                "exact",
            ),
            (
                vec![b"lpop".to_vec(), b"l".to_vec(), b"2".to_vec()],
                E::Arr(vec![E::Bulk(b"1".to_vec()), E::Bulk(b"2".to_vec())]),
                "exact",
            ),
            (
                vec![b"lpop".to_vec(), b"nol".to_vec(), b"2".to_vec()],
                E::Nil,
                "exact",
            ),
            (vec![b"lpop".to_vec(), b"nol".to_vec()], E::Nil, "exact"),
            (
                vec![b"lpop".to_vec(), b"l".to_vec(), b"0".to_vec()],
                E::Arr(vec![]),
                "exact",
            ),
            (
                vec![
                    b"lmpop".to_vec(),
                    b"1".to_vec(),
                    b"l".to_vec(),
                    b"right".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"l".to_vec()),
                    E::Arr(vec![E::Bulk(b"3".to_vec())]),
                ]),
                "exact",
            ),
            (
                vec![
                    b"lmpop".to_vec(),
                    b"1".to_vec(),
                    b"nol".to_vec(),
                    b"right".to_vec(),
                ],
                E::Nil,
                "exact",
            ),
            (
                vec![
                    b"blmpop".to_vec(),
                    b"0.01".to_vec(),
                    b"1".to_vec(),
                    b"nol".to_vec(),
                    b"right".to_vec(),
                ],
                E::Nil,
                "exact",
            ),
            (
                vec![b"blpop".to_vec(), b"nol".to_vec(), b"0.01".to_vec()],
                E::Nil,
                "exact",
            ),
            (
                vec![
                    b"brpoplpush".to_vec(),
                    b"nol".to_vec(),
                    b"x".to_vec(),
                    b"0.01".to_vec(),
                ],
                E::Nil,
                "exact",
            ),
            (
                vec![
                    b"blmove".to_vec(),
                    b"nol".to_vec(),
                    b"x".to_vec(),
                    b"left".to_vec(),
                    b"right".to_vec(),
                    b"0.01".to_vec(),
                ],
                E::Nil,
                "exact",
            ),
            (
                vec![
                    b"lpos".to_vec(),
                    b"l".to_vec(),
                    b"3".to_vec(),
                    b"count".to_vec(),
                    b"0".to_vec(),
                ],
                E::Arr(vec![]),
                "exact",
            ),
            (
                vec![b"lpos".to_vec(), b"l".to_vec(), b"3".to_vec()],
                E::Nil,
                "exact",
            ),
        ],
    );
}

#[test]
fn rec_battery_list_insert_pos() {
    run_case(2, vec![
        (vec![b"rpush".to_vec(), b"l".to_vec(), b"a".to_vec(), b"b".to_vec(), b"c".to_vec(), b"a".to_vec(), b"b".to_vec(), b"c".to_vec(), b"a".to_vec()], E::Int(7), "exact"),
        (vec![b"lpos".to_vec(), b"l".to_vec(), b"a".to_vec()], E::Int(0), "exact"),
        (vec![b"lpos".to_vec(), b"l".to_vec(), b"a".to_vec(), b"rank".to_vec(), b"2".to_vec()], E::Int(3), "exact"),
        (vec![b"lpos".to_vec(), b"l".to_vec(), b"a".to_vec(), b"rank".to_vec(), b"-1".to_vec()], E::Int(6), "exact"),
        (vec![b"lpos".to_vec(), b"l".to_vec(), b"a".to_vec(), b"rank".to_vec(), b"-2".to_vec()], E::Int(3), "exact"),
        (vec![b"lpos".to_vec(), b"l".to_vec(), b"a".to_vec(), b"count".to_vec(), b"0".to_vec()], E::Arr(vec![E::Int(0), E::Int(3), E::Int(6)]), "exact"),
        (vec![b"lpos".to_vec(), b"l".to_vec(), b"a".to_vec(), b"count".to_vec(), b"2".to_vec()], E::Arr(vec![E::Int(0), E::Int(3)]), "exact"),
        (vec![b"lpos".to_vec(), b"l".to_vec(), b"a".to_vec(), b"count".to_vec(), b"0".to_vec(), b"rank".to_vec(), b"-1".to_vec()], E::Arr(vec![E::Int(6), E::Int(3), E::Int(0)]), "exact"),
        (vec![b"lpos".to_vec(), b"l".to_vec(), b"a".to_vec(), b"count".to_vec(), b"0".to_vec(), b"rank".to_vec(), b"2".to_vec(), b"maxlen".to_vec(), b"4".to_vec()], E::Arr(vec![E::Int(3)]), "exact"),
        (vec![b"lpos".to_vec(), b"l".to_vec(), b"a".to_vec(), b"maxlen".to_vec(), b"1".to_vec(), b"rank".to_vec(), b"2".to_vec()], E::Nil, "exact"),
        (vec![b"lpos".to_vec(), b"l".to_vec(), b"zz".to_vec()], E::Nil, "exact"),
        (vec![b"lpos".to_vec(), b"l".to_vec(), b"zz".to_vec(), b"count".to_vec(), b"2".to_vec()], E::Arr(vec![]), "exact"),
        (vec![b"lpos".to_vec(), b"l".to_vec(), b"a".to_vec(), b"rank".to_vec(), b"0".to_vec()], E::Err(b"ERR RANK can't be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list".to_vec()), "exact"),
        (vec![b"lpos".to_vec(), b"l".to_vec(), b"a".to_vec(), b"rank".to_vec(), b"x".to_vec()], E::Err(b"ERR value is not an integer or out of range".to_vec()), "exact"),
        (vec![b"lpos".to_vec(), b"l".to_vec(), b"a".to_vec(), b"count".to_vec(), b"-1".to_vec()], E::Err(b"ERR COUNT can't be negative".to_vec()), "exact"),
        (vec![b"lpos".to_vec(), b"l".to_vec(), b"a".to_vec(), b"count".to_vec(), b"x".to_vec()], E::Err(b"ERR COUNT can't be negative".to_vec()), "exact"),
        (vec![b"lpos".to_vec(), b"l".to_vec(), b"a".to_vec(), b"maxlen".to_vec(), b"-1".to_vec()], E::Err(b"ERR MAXLEN can't be negative".to_vec()), "exact"),
        (vec![b"lpos".to_vec(), b"l".to_vec(), b"a".to_vec(), b"rank".to_vec()], E::Err(b"ERR syntax error".to_vec()), "exact"),
        (vec![b"lpos".to_vec(), b"l".to_vec(), b"a".to_vec(), b"bogus".to_vec(), b"1".to_vec()], E::Err(b"ERR syntax error".to_vec()), "exact"),
        (vec![b"lpos".to_vec(), b"l".to_vec(), b"a".to_vec(), b"rank".to_vec(), b"100".to_vec()], E::Nil, "exact"),
        (vec![b"lpos".to_vec(), b"l".to_vec(), b"a".to_vec(), b"rank".to_vec(), b"-9223372036854775807".to_vec()], E::Nil, "exact"),
        (vec![b"lpos".to_vec(), b"nol".to_vec(), b"a".to_vec(), b"count".to_vec(), b"1".to_vec()], E::Arr(vec![]), "exact"),
        (vec![b"lpos".to_vec(), b"nol".to_vec(), b"a".to_vec()], E::Nil, "exact"),
        (vec![b"linsert".to_vec(), b"l".to_vec(), b"before".to_vec(), b"a".to_vec(), b"X".to_vec()], E::Int(8), "exact"),
        (vec![b"linsert".to_vec(), b"l".to_vec(), b"after".to_vec(), b"c".to_vec(), b"Y".to_vec()], E::Int(9), "exact"),
        (vec![b"linsert".to_vec(), b"l".to_vec(), b"AFTER".to_vec(), b"zz".to_vec(), b"Y".to_vec()], E::Int(-1), "exact"),
        (vec![b"linsert".to_vec(), b"l".to_vec(), b"middle".to_vec(), b"a".to_vec(), b"b".to_vec()], E::Err(b"ERR syntax error".to_vec()), "exact"),
        (vec![b"linsert".to_vec(), b"nol".to_vec(), b"after".to_vec(), b"a".to_vec(), b"b".to_vec()], E::Int(0), "exact"),
        (vec![b"lrange".to_vec(), b"l".to_vec(), b"0".to_vec(), b"-1".to_vec()], E::Arr(vec![E::Bulk(b"X".to_vec()), E::Bulk(b"a".to_vec()), E::Bulk(b"b".to_vec()), E::Bulk(b"c".to_vec()), E::Bulk(b"Y".to_vec()), E::Bulk(b"a".to_vec()), E::Bulk(b"b".to_vec()), E::Bulk(b"c".to_vec()), E::Bulk(b"a".to_vec())]), "exact"),
    ]);
}

#[test]
fn rec_battery_list_move() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"rpush".to_vec(),
                    b"a".to_vec(),
                    b"1".to_vec(),
                    b"2".to_vec(),
                    b"3".to_vec(),
                ],
                E::Int(3),
                "exact",
            ),
            (
                vec![b"rpush".to_vec(), b"b".to_vec(), b"x".to_vec()],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"lmove".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"left".to_vec(),
                    b"left".to_vec(),
                ],
                E::Bulk(b"1".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"lmove".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"right".to_vec(),
                    b"right".to_vec(),
                ],
                E::Bulk(b"3".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"lmove".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"up".to_vec(),
                    b"left".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"lmove".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"left".to_vec(),
                    b"down".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"lrange".to_vec(),
                    b"a".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"2".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"lrange".to_vec(),
                    b"b".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"x".to_vec()),
                    E::Bulk(b"3".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"lmove".to_vec(),
                    b"a".to_vec(),
                    b"a".to_vec(),
                    b"left".to_vec(),
                    b"right".to_vec(),
                ],
                E::Bulk(b"2".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"lrange".to_vec(),
                    b"a".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"2".to_vec())]),
                "exact",
            ),
            (
                vec![b"rpoplpush".to_vec(), b"a".to_vec(), b"b".to_vec()],
                E::Bulk(b"2".to_vec()),
                "exact",
            ),
            (vec![b"exists".to_vec(), b"a".to_vec()], E::Int(0), "exact"),
            (
                vec![b"rpoplpush".to_vec(), b"a".to_vec(), b"b".to_vec()],
                E::Nil,
                "exact",
            ),
            (
                vec![b"set".to_vec(), b"str".to_vec(), b"v".to_vec()],
                E::Status(b"OK".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"lmove".to_vec(),
                    b"b".to_vec(),
                    b"str".to_vec(),
                    b"left".to_vec(),
                    b"left".to_vec(),
                ],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![
                    b"lmove".to_vec(),
                    b"str".to_vec(),
                    b"b".to_vec(),
                    b"left".to_vec(),
                    b"left".to_vec(),
                ],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"rpoplpush".to_vec(), b"nol".to_vec(), b"str".to_vec()],
                E::Nil,
                "exact",
            ),
            (
                vec![b"rpoplpush".to_vec(), b"b".to_vec(), b"str".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![
                    b"lmove".to_vec(),
                    b"b".to_vec(),
                    b"new".to_vec(),
                    b"left".to_vec(),
                    b"right".to_vec(),
                ],
                E::Bulk(b"2".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"lrange".to_vec(),
                    b"new".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"2".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"lrange".to_vec(),
                    b"b".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"x".to_vec()),
                    E::Bulk(b"3".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"brpoplpush".to_vec(),
                    b"b".to_vec(),
                    b"new".to_vec(),
                    b"0".to_vec(),
                ],
                E::Bulk(b"3".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"blmove".to_vec(),
                    b"b".to_vec(),
                    b"new".to_vec(),
                    b"right".to_vec(),
                    b"left".to_vec(),
                    b"0".to_vec(),
                ],
                E::Bulk(b"x".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"brpoplpush".to_vec(),
                    b"b".to_vec(),
                    b"new".to_vec(),
                    b"-1".to_vec(),
                ],
                E::Err(b"ERR timeout is negative".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"brpoplpush".to_vec(),
                    b"b".to_vec(),
                    b"new".to_vec(),
                    b"x".to_vec(),
                ],
                E::Err(b"ERR timeout is not a float or out of range".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"blmove".to_vec(),
                    b"b".to_vec(),
                    b"new".to_vec(),
                    b"right".to_vec(),
                    b"middle".to_vec(),
                    b"0".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
        ],
    );
}

#[test]
fn rec_battery_list_mpop() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"rpush".to_vec(),
                    b"a".to_vec(),
                    b"1".to_vec(),
                    b"2".to_vec(),
                    b"3".to_vec(),
                ],
                E::Int(3),
                "exact",
            ),
            (
                vec![
                    b"rpush".to_vec(),
                    b"b".to_vec(),
                    b"4".to_vec(),
                    b"5".to_vec(),
                    b"6".to_vec(),
                ],
                E::Int(3),
                "exact",
            ),
            (
                vec![
                    b"lmpop".to_vec(),
                    b"2".to_vec(),
                    b"nol".to_vec(),
                    b"a".to_vec(),
                    b"left".to_vec(),
                    b"count".to_vec(),
                    b"2".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"a".to_vec()),
                    E::Arr(vec![E::Bulk(b"1".to_vec()), E::Bulk(b"2".to_vec())]),
                ]),
                "exact",
            ),
            (
                vec![
                    b"lmpop".to_vec(),
                    b"2".to_vec(),
                    b"nol".to_vec(),
                    b"a".to_vec(),
                    b"left".to_vec(),
                    b"count".to_vec(),
                    b"2".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"a".to_vec()),
                    E::Arr(vec![E::Bulk(b"3".to_vec())]),
                ]),
                "exact",
            ),
            (
                vec![
                    b"lmpop".to_vec(),
                    b"2".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"right".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"b".to_vec()),
                    E::Arr(vec![E::Bulk(b"6".to_vec())]),
                ]),
                "exact",
            ),
            (
                vec![
                    b"lmpop".to_vec(),
                    b"3".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"c".to_vec(),
                    b"right".to_vec(),
                    b"count".to_vec(),
                    b"10".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"b".to_vec()),
                    E::Arr(vec![E::Bulk(b"5".to_vec()), E::Bulk(b"4".to_vec())]),
                ]),
                "exact",
            ),
            (
                vec![
                    b"lmpop".to_vec(),
                    b"1".to_vec(),
                    b"b".to_vec(),
                    b"left".to_vec(),
                ],
                E::Nil,
                "exact",
            ),
            (
                vec![
                    b"lmpop".to_vec(),
                    b"0".to_vec(),
                    b"a".to_vec(),
                    b"left".to_vec(),
                ],
                E::Err(b"ERR numkeys should be greater than 0".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"lmpop".to_vec(),
                    b"-1".to_vec(),
                    b"a".to_vec(),
                    b"left".to_vec(),
                ],
                E::Err(b"ERR numkeys should be greater than 0".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"lmpop".to_vec(),
                    b"x".to_vec(),
                    b"a".to_vec(),
                    b"left".to_vec(),
                ],
                E::Err(b"ERR numkeys should be greater than 0".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"lmpop".to_vec(),
                    b"5".to_vec(),
                    b"a".to_vec(),
                    b"left".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"lmpop".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"left".to_vec(),
                    b"count".to_vec(),
                    b"0".to_vec(),
                ],
                E::Err(b"ERR count should be greater than 0".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"lmpop".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"left".to_vec(),
                    b"count".to_vec(),
                    b"-1".to_vec(),
                ],
                E::Err(b"ERR count should be greater than 0".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"lmpop".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"left".to_vec(),
                    b"count".to_vec(),
                    b"x".to_vec(),
                ],
                E::Err(b"ERR count should be greater than 0".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"lmpop".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"left".to_vec(),
                    b"count".to_vec(),
                    b"1".to_vec(),
                    b"count".to_vec(),
                    b"1".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"lmpop".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"left".to_vec(),
                    b"foo".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![b"lmpop".to_vec(), b"1".to_vec(), b"a".to_vec()],
                E::Err(b"ERR wrong number of arguments for 'lmpop' command".to_vec()),
                "exact",
            ),
            (
                vec![b"set".to_vec(), b"str".to_vec(), b"v".to_vec()],
                E::Status(b"OK".to_vec()),
                "exact",
            ),
            (
                vec![b"rpush".to_vec(), b"c".to_vec(), b"z".to_vec()],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"lmpop".to_vec(),
                    b"2".to_vec(),
                    b"str".to_vec(),
                    b"c".to_vec(),
                    b"left".to_vec(),
                ],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![
                    b"lmpop".to_vec(),
                    b"2".to_vec(),
                    b"c".to_vec(),
                    b"str".to_vec(),
                    b"left".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"c".to_vec()),
                    E::Arr(vec![E::Bulk(b"z".to_vec())]),
                ]),
                "exact",
            ),
            (
                vec![b"rpush".to_vec(), b"c".to_vec(), b"z".to_vec()],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"blmpop".to_vec(),
                    b"0".to_vec(),
                    b"2".to_vec(),
                    b"c".to_vec(),
                    b"str".to_vec(),
                    b"left".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"c".to_vec()),
                    E::Arr(vec![E::Bulk(b"z".to_vec())]),
                ]),
                "exact",
            ),
            (
                vec![
                    b"blmpop".to_vec(),
                    b"x".to_vec(),
                    b"1".to_vec(),
                    b"c".to_vec(),
                    b"left".to_vec(),
                ],
                E::Err(b"ERR timeout is not a float or out of range".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"blmpop".to_vec(),
                    b"-1".to_vec(),
                    b"1".to_vec(),
                    b"c".to_vec(),
                    b"left".to_vec(),
                ],
                E::Err(b"ERR timeout is negative".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"blmpop".to_vec(),
                    b"0".to_vec(),
                    b"0".to_vec(),
                    b"c".to_vec(),
                    b"left".to_vec(),
                ],
                E::Err(b"ERR numkeys should be greater than 0".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"blpop".to_vec(),
                    b"c".to_vec(),
                    b"str".to_vec(),
                    b"0".to_vec(),
                ],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![
                    b"rpush".to_vec(),
                    b"c".to_vec(),
                    b"1".to_vec(),
                    b"2".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (
                vec![
                    b"blpop".to_vec(),
                    b"str".to_vec(),
                    b"c".to_vec(),
                    b"0".to_vec(),
                ],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![
                    b"blpop".to_vec(),
                    b"nol".to_vec(),
                    b"c".to_vec(),
                    b"0".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"c".to_vec()), E::Bulk(b"1".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"brpop".to_vec(),
                    b"nol".to_vec(),
                    b"c".to_vec(),
                    b"0".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"c".to_vec()), E::Bulk(b"2".to_vec())]),
                "exact",
            ),
            (
                vec![b"blpop".to_vec(), b"c".to_vec(), b"-1".to_vec()],
                E::Err(b"ERR timeout is negative".to_vec()),
                "exact",
            ),
            (
                vec![b"blpop".to_vec(), b"c".to_vec(), b"x".to_vec()],
                E::Err(b"ERR timeout is not a float or out of range".to_vec()),
                "exact",
            ),
            (
                vec![b"blpop".to_vec(), b"c".to_vec(), b"inf".to_vec()],
                E::Err(b"ERR timeout is negative".to_vec()),
                "exact",
            ),
            (
                vec![b"blpop".to_vec(), b"c".to_vec(), b"1e30".to_vec()],
                E::Err(b"ERR timeout is negative".to_vec()),
                "exact",
            ),
            (
                vec![b"brpop".to_vec(), b"nol".to_vec(), b"0.01".to_vec()],
                E::Nil,
                "exact",
            ),
        ],
    );
}

#[test]
fn rec_battery_list_types() {
    run_case(
        2,
        vec![
            (
                vec![b"set".to_vec(), b"str".to_vec(), b"v".to_vec()],
                E::Status(b"OK".to_vec()),
                "exact",
            ),
            (
                vec![b"lpush".to_vec(), b"str".to_vec(), b"a".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"rpush".to_vec(), b"str".to_vec(), b"a".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"lpushx".to_vec(), b"str".to_vec(), b"a".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![
                    b"lrange".to_vec(),
                    b"str".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                ],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"llen".to_vec(), b"str".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"lindex".to_vec(), b"str".to_vec(), b"0".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![
                    b"lset".to_vec(),
                    b"str".to_vec(),
                    b"0".to_vec(),
                    b"a".to_vec(),
                ],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"lpop".to_vec(), b"str".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"rpop".to_vec(), b"str".to_vec(), b"2".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![
                    b"lrem".to_vec(),
                    b"str".to_vec(),
                    b"0".to_vec(),
                    b"a".to_vec(),
                ],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![
                    b"ltrim".to_vec(),
                    b"str".to_vec(),
                    b"0".to_vec(),
                    b"1".to_vec(),
                ],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![
                    b"linsert".to_vec(),
                    b"str".to_vec(),
                    b"before".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                ],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"lpos".to_vec(), b"str".to_vec(), b"a".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"rpush".to_vec(), b"l".to_vec(), b"a".to_vec()],
                E::Int(1),
                "exact",
            ),
            (
                vec![b"object".to_vec(), b"encoding".to_vec(), b"l".to_vec()],
                E::Bulk(b"quicklist".to_vec()),
                "exact",
            ),
        ],
    );
}

#[test]
fn rec_battery_set_basic() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"sadd".to_vec(),
                    b"s".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"c".to_vec(),
                ],
                E::Int(3),
                "exact",
            ),
            (
                vec![
                    b"sadd".to_vec(),
                    b"s".to_vec(),
                    b"a".to_vec(),
                    b"d".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (vec![b"scard".to_vec(), b"s".to_vec()], E::Int(4), "exact"),
            (
                vec![b"sismember".to_vec(), b"s".to_vec(), b"a".to_vec()],
                E::Int(1),
                "exact",
            ),
            (
                vec![b"sismember".to_vec(), b"s".to_vec(), b"z".to_vec()],
                E::Int(0),
                "exact",
            ),
            (
                vec![
                    b"smismember".to_vec(),
                    b"s".to_vec(),
                    b"a".to_vec(),
                    b"z".to_vec(),
                    b"b".to_vec(),
                ],
                E::Arr(vec![E::Int(1), E::Int(0), E::Int(1)]),
                "exact",
            ),
            (
                vec![
                    b"smismember".to_vec(),
                    b"nos".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                ],
                E::Arr(vec![E::Int(0), E::Int(0)]),
                "exact",
            ),
            (
                vec![b"smembers".to_vec(), b"s".to_vec()],
                E::Arr(vec![
                    E::Bulk(b"d".to_vec()),
                    E::Bulk(b"c".to_vec()),
                    E::Bulk(b"b".to_vec()),
                    E::Bulk(b"a".to_vec()),
                ]),
                "unordered",
            ),
            (
                vec![
                    b"srem".to_vec(),
                    b"s".to_vec(),
                    b"a".to_vec(),
                    b"z".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"srem".to_vec(),
                    b"s".to_vec(),
                    b"b".to_vec(),
                    b"c".to_vec(),
                    b"d".to_vec(),
                ],
                E::Int(3),
                "exact",
            ),
            (vec![b"exists".to_vec(), b"s".to_vec()], E::Int(0), "exact"),
            (
                vec![b"srem".to_vec(), b"s".to_vec(), b"a".to_vec()],
                E::Int(0),
                "exact",
            ),
            (vec![b"scard".to_vec(), b"nos".to_vec()], E::Int(0), "exact"),
            (
                vec![b"smembers".to_vec(), b"nos".to_vec()],
                E::Arr(vec![]),
                "exact",
            ),
            (
                vec![b"sismember".to_vec(), b"nos".to_vec(), b"a".to_vec()],
                E::Int(0),
                "exact",
            ),
            (
                vec![
                    b"sadd".to_vec(),
                    b"n".to_vec(),
                    b"3".to_vec(),
                    b"1".to_vec(),
                    b"2".to_vec(),
                    b"-5".to_vec(),
                    b"10".to_vec(),
                ],
                E::Int(5),
                "exact",
            ),
            (
                vec![b"smembers".to_vec(), b"n".to_vec()],
                E::Arr(vec![
                    E::Bulk(b"-5".to_vec()),
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"2".to_vec()),
                    E::Bulk(b"3".to_vec()),
                    E::Bulk(b"10".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![b"object".to_vec(), b"encoding".to_vec(), b"n".to_vec()],
                E::Bulk(b"intset".to_vec()),
                "exact",
            ),
            (
                vec![b"sadd".to_vec(), b"n".to_vec(), b"x".to_vec()],
                E::Int(1),
                "exact",
            ),
            (
                vec![b"object".to_vec(), b"encoding".to_vec(), b"n".to_vec()],
                E::Bulk(b"hashtable".to_vec()),
                "exact",
            ),
            (
                vec![b"srem".to_vec(), b"n".to_vec(), b"x".to_vec()],
                E::Int(1),
                "exact",
            ),
            (
                vec![b"object".to_vec(), b"encoding".to_vec(), b"n".to_vec()],
                E::Bulk(b"hashtable".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"sadd".to_vec(),
                    b"n2".to_vec(),
                    b"1".to_vec(),
                    b"01".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (
                vec![b"object".to_vec(), b"encoding".to_vec(), b"n2".to_vec()],
                E::Bulk(b"hashtable".to_vec()),
                "exact",
            ),
        ],
    );
}

#[test]
fn rec_battery_set_resp3() {
    run_case(
        3,
        vec![
            (
                vec![
                    b"sadd".to_vec(),
                    b"s".to_vec(),
                    b"3".to_vec(),
                    b"1".to_vec(),
                    b"2".to_vec(),
                ],
                E::Int(3),
                "exact",
            ),
            (
                vec![b"smembers".to_vec(), b"s".to_vec()],
                E::Set(vec![
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"2".to_vec()),
                    E::Bulk(b"3".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![b"sinter".to_vec(), b"s".to_vec()],
                E::Set(vec![
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"2".to_vec()),
                    E::Bulk(b"3".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![b"sunion".to_vec(), b"s".to_vec(), b"nos".to_vec()],
                E::Set(vec![
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"2".to_vec()),
                    E::Bulk(b"3".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![b"sdiff".to_vec(), b"s".to_vec(), b"nos".to_vec()],
                E::Set(vec![
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"2".to_vec()),
                    E::Bulk(b"3".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![b"smembers".to_vec(), b"nos".to_vec()],
                E::Set(vec![]),
                "exact",
            ),
            (
                vec![b"sinter".to_vec(), b"s".to_vec(), b"nos".to_vec()],
                E::Set(vec![]),
                "exact",
            ),
            (
                vec![b"spop".to_vec(), b"nos".to_vec(), b"2".to_vec()],
                E::Set(vec![]),
                "exact",
            ),
            (
                vec![b"spop".to_vec(), b"s".to_vec(), b"0".to_vec()],
                E::Set(vec![]),
                "exact",
            ),
            (
                vec![b"srandmember".to_vec(), b"s".to_vec(), b"10".to_vec()],
                E::Arr(vec![
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"2".to_vec()),
                    E::Bulk(b"3".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![b"srandmember".to_vec(), b"s".to_vec(), b"0".to_vec()],
                E::Arr(vec![]),
                "exact",
            ),
            (
                vec![b"srandmember".to_vec(), b"nos".to_vec(), b"3".to_vec()],
                E::Arr(vec![]),
                "exact",
            ),
            (
                vec![
                    b"smismember".to_vec(),
                    b"s".to_vec(),
                    b"1".to_vec(),
                    b"7".to_vec(),
                ],
                E::Arr(vec![E::Int(1), E::Int(0)]),
                "exact",
            ),
            (
                vec![b"sscan".to_vec(), b"s".to_vec(), b"0".to_vec()],
                E::Arr(vec![
                    E::Bulk(b"0".to_vec()),
                    E::Arr(vec![
                        E::Bulk(b"1".to_vec()),
                        E::Bulk(b"2".to_vec()),
                        E::Bulk(b"3".to_vec()),
                    ]),
                ]),
                "exact",
            ),
            (
                vec![b"sadd".to_vec(), b"t".to_vec(), b"x".to_vec()],
                E::Int(1),
                "exact",
            ),
            (
                vec![b"spop".to_vec(), b"t".to_vec(), b"5".to_vec()],
                E::Set(vec![E::Bulk(b"x".to_vec())]),
                "exact",
            ),
        ],
    );
}

#[test]
fn rec_battery_set_algebra() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"sadd".to_vec(),
                    b"a".to_vec(),
                    b"1".to_vec(),
                    b"2".to_vec(),
                    b"3".to_vec(),
                    b"4".to_vec(),
                ],
                E::Int(4),
                "exact",
            ),
            (
                vec![
                    b"sadd".to_vec(),
                    b"b".to_vec(),
                    b"3".to_vec(),
                    b"4".to_vec(),
                    b"5".to_vec(),
                ],
                E::Int(3),
                "exact",
            ),
            (
                vec![
                    b"sadd".to_vec(),
                    b"c".to_vec(),
                    b"x".to_vec(),
                    b"4".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (
                vec![b"sinter".to_vec(), b"a".to_vec(), b"b".to_vec()],
                E::Arr(vec![E::Bulk(b"3".to_vec()), E::Bulk(b"4".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"sinter".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"c".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"4".to_vec())]),
                "exact",
            ),
            (
                vec![b"sinter".to_vec(), b"a".to_vec(), b"nos".to_vec()],
                E::Arr(vec![]),
                "exact",
            ),
            (
                vec![b"sunion".to_vec(), b"a".to_vec(), b"b".to_vec()],
                E::Arr(vec![
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"2".to_vec()),
                    E::Bulk(b"3".to_vec()),
                    E::Bulk(b"4".to_vec()),
                    E::Bulk(b"5".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![b"sdiff".to_vec(), b"a".to_vec(), b"b".to_vec()],
                E::Arr(vec![E::Bulk(b"1".to_vec()), E::Bulk(b"2".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"sdiff".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"c".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"1".to_vec()), E::Bulk(b"2".to_vec())]),
                "exact",
            ),
            (
                vec![b"sdiff".to_vec(), b"nos".to_vec(), b"a".to_vec()],
                E::Arr(vec![]),
                "exact",
            ),
            (
                vec![
                    b"sinterstore".to_vec(),
                    b"d".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (
                vec![b"smembers".to_vec(), b"d".to_vec()],
                E::Arr(vec![E::Bulk(b"3".to_vec()), E::Bulk(b"4".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"sunionstore".to_vec(),
                    b"d".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                ],
                E::Int(5),
                "exact",
            ),
            (
                vec![b"smembers".to_vec(), b"d".to_vec()],
                E::Arr(vec![
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"2".to_vec()),
                    E::Bulk(b"3".to_vec()),
                    E::Bulk(b"4".to_vec()),
                    E::Bulk(b"5".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"sdiffstore".to_vec(),
                    b"d".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (
                vec![b"smembers".to_vec(), b"d".to_vec()],
                E::Arr(vec![E::Bulk(b"1".to_vec()), E::Bulk(b"2".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"sinterstore".to_vec(),
                    b"d".to_vec(),
                    b"a".to_vec(),
                    b"nos".to_vec(),
                ],
                E::Int(0),
                "exact",
            ),
            (vec![b"exists".to_vec(), b"d".to_vec()], E::Int(0), "exact"),
            (
                vec![
                    b"sdiffstore".to_vec(),
                    b"d".to_vec(),
                    b"nos".to_vec(),
                    b"a".to_vec(),
                ],
                E::Int(0),
                "exact",
            ),
            (
                vec![b"sunionstore".to_vec(), b"d".to_vec(), b"nos".to_vec()],
                E::Int(0),
                "exact",
            ),
            (vec![b"exists".to_vec(), b"d".to_vec()], E::Int(0), "exact"),
            (
                vec![b"sadd".to_vec(), b"d".to_vec(), b"q".to_vec()],
                E::Int(1),
                "exact",
            ),
            (
                vec![b"sunionstore".to_vec(), b"d".to_vec(), b"nos".to_vec()],
                E::Int(0),
                "exact",
            ),
            (vec![b"exists".to_vec(), b"d".to_vec()], E::Int(0), "exact"),
            (
                vec![b"sunion".to_vec(), b"a".to_vec(), b"c".to_vec()],
                E::Arr(vec![
                    E::Bulk(b"4".to_vec()),
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"2".to_vec()),
                    E::Bulk(b"3".to_vec()),
                    E::Bulk(b"x".to_vec()),
                ]),
                "unordered",
            ),
            (
                vec![
                    b"sinter".to_vec(),
                    b"c".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"4".to_vec())]),
                "unordered",
            ),
            (
                vec![b"set".to_vec(), b"str".to_vec(), b"v".to_vec()],
                E::Status(b"OK".to_vec()),
                "exact",
            ),
            (
                vec![b"sinter".to_vec(), b"a".to_vec(), b"str".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"sinter".to_vec(), b"nos".to_vec(), b"str".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"sunion".to_vec(), b"a".to_vec(), b"str".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"sdiff".to_vec(), b"a".to_vec(), b"str".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"sdiff".to_vec(), b"str".to_vec(), b"a".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![
                    b"sinterstore".to_vec(),
                    b"d".to_vec(),
                    b"a".to_vec(),
                    b"str".to_vec(),
                ],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"sunionstore".to_vec(), b"str".to_vec(), b"a".to_vec()],
                E::Int(4),
                "exact",
            ),
            (
                vec![b"type".to_vec(), b"str".to_vec()],
                E::Status(b"set".to_vec()),
                "exact",
            ),
            (
                vec![b"sintercard".to_vec(), b"1".to_vec(), b"a".to_vec()],
                E::Int(4),
                "exact",
            ),
            (
                vec![
                    b"sintercard".to_vec(),
                    b"2".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (
                vec![
                    b"sintercard".to_vec(),
                    b"2".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"limit".to_vec(),
                    b"1".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"sintercard".to_vec(),
                    b"2".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"limit".to_vec(),
                    b"0".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (
                vec![
                    b"sintercard".to_vec(),
                    b"3".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"nos".to_vec(),
                ],
                E::Int(0),
                "exact",
            ),
            (
                vec![b"sintercard".to_vec(), b"1".to_vec(), b"str".to_vec()],
                E::Int(4),
                "exact",
            ),
            (
                vec![b"sintercard".to_vec(), b"0".to_vec(), b"a".to_vec()],
                E::Err(b"ERR numkeys should be greater than 0".to_vec()),
                "exact",
            ),
            (
                vec![b"sintercard".to_vec(), b"-1".to_vec(), b"a".to_vec()],
                E::Err(b"ERR numkeys should be greater than 0".to_vec()),
                "exact",
            ),
            (
                vec![b"sintercard".to_vec(), b"x".to_vec(), b"a".to_vec()],
                E::Err(b"ERR numkeys should be greater than 0".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"sintercard".to_vec(),
                    b"3".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                ],
                E::Err(b"ERR Number of keys can't be greater than number of args".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"sintercard".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"limit".to_vec(),
                    b"-1".to_vec(),
                ],
                E::Err(b"ERR LIMIT can't be negative".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"sintercard".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"limit".to_vec(),
                    b"x".to_vec(),
                ],
                E::Err(b"ERR LIMIT can't be negative".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"sintercard".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"limit".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"sintercard".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"foo".to_vec(),
                    b"1".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![b"sinterstore".to_vec()],
                E::Err(b"ERR wrong number of arguments for 'sinterstore' command".to_vec()),
                "exact",
            ),
        ],
    );
}

#[test]
fn rec_battery_set_pop_move() {
    run_case(2, vec![
        (vec![b"sadd".to_vec(), b"s".to_vec(), b"5".to_vec(), b"3".to_vec(), b"1".to_vec()], E::Int(3), "exact"),
        (vec![b"spop".to_vec(), b"s".to_vec(), b"3".to_vec()], E::Arr(vec![E::Bulk(b"1".to_vec()), E::Bulk(b"3".to_vec()), E::Bulk(b"5".to_vec())]), "exact"),
        (vec![b"exists".to_vec(), b"s".to_vec()], E::Int(0), "exact"),
        (vec![b"sadd".to_vec(), b"s".to_vec(), b"5".to_vec(), b"3".to_vec(), b"1".to_vec()], E::Int(3), "exact"),
        (vec![b"spop".to_vec(), b"s".to_vec(), b"10".to_vec()], E::Arr(vec![E::Bulk(b"1".to_vec()), E::Bulk(b"3".to_vec()), E::Bulk(b"5".to_vec())]), "exact"),
        (vec![b"sadd".to_vec(), b"s".to_vec(), b"a".to_vec()], E::Int(1), "exact"),
        (vec![b"spop".to_vec(), b"s".to_vec(), b"-1".to_vec()], E::Err(b"ERR value is out of range, must be positive".to_vec()), "exact"),
        (vec![b"spop".to_vec(), b"s".to_vec(), b"x".to_vec()], E::Err(b"ERR value is out of range, must be positive".to_vec()), "exact"),
        (vec![b"spop".to_vec(), b"s".to_vec(), b"1".to_vec(), b"2".to_vec()], E::Err(b"ERR syntax error".to_vec()), "exact"),
        (vec![b"spop".to_vec(), b"s".to_vec(), b"0".to_vec()], E::Arr(vec![]), "exact"),
        (vec![b"spop".to_vec(), b"nos".to_vec(), b"0".to_vec()], E::Arr(vec![]), "exact"),
        (vec![b"spop".to_vec(), b"nos".to_vec()], E::Nil, "exact"),
        (vec![b"srandmember".to_vec(), b"s".to_vec(), b"x".to_vec()], E::Err(b"ERR value is not an integer or out of range".to_vec()), "exact"),
        (vec![b"srandmember".to_vec(), b"s".to_vec(), b"1".to_vec(), b"2".to_vec()], E::Err(b"ERR syntax error".to_vec()), "exact"),
        (vec![b"srandmember".to_vec(), b"s".to_vec(), b"-9223372036854775808".to_vec()], E::Err(b"ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807".to_vec()), "exact"),
        (vec![b"srandmember".to_vec(), b"nos".to_vec()], E::Nil, "exact"),
        (vec![b"srandmember".to_vec(), b"s".to_vec(), b"-2".to_vec()], E::Arr(vec![E::Bulk(b"a".to_vec()), E::Bulk(b"a".to_vec())]), "exact"),
        (vec![b"srandmember".to_vec(), b"s".to_vec(), b"1".to_vec()], E::Arr(vec![E::Bulk(b"a".to_vec())]), "exact"),
        (vec![b"srandmember".to_vec(), b"s".to_vec()], E::Bulk(b"a".to_vec()), "exact"),
        (vec![b"sadd".to_vec(), b"m".to_vec(), b"1".to_vec()], E::Int(1), "exact"),
        (vec![b"smove".to_vec(), b"s".to_vec(), b"m".to_vec(), b"a".to_vec()], E::Int(1), "exact"),
        (vec![b"smembers".to_vec(), b"m".to_vec()], E::Arr(vec![E::Bulk(b"1".to_vec()), E::Bulk(b"a".to_vec())]), "exact"),
        (vec![b"smove".to_vec(), b"m".to_vec(), b"s".to_vec(), b"a".to_vec()], E::Int(1), "exact"),
        (vec![b"smove".to_vec(), b"nos".to_vec(), b"m".to_vec(), b"1".to_vec()], E::Int(0), "exact"),
        (vec![b"smove".to_vec(), b"m".to_vec(), b"m".to_vec(), b"1".to_vec()], E::Int(1), "exact"),
        (vec![b"smove".to_vec(), b"m".to_vec(), b"m".to_vec(), b"9".to_vec()], E::Int(0), "exact"),
        (vec![b"set".to_vec(), b"str".to_vec(), b"v".to_vec()], E::Status(b"OK".to_vec()), "exact"),
        (vec![b"smove".to_vec(), b"m".to_vec(), b"str".to_vec(), b"1".to_vec()], E::Err(b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec()), "exact"),
        (vec![b"smove".to_vec(), b"str".to_vec(), b"m".to_vec(), b"1".to_vec()], E::Err(b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec()), "exact"),
        (vec![b"smove".to_vec(), b"m".to_vec(), b"str".to_vec(), b"9".to_vec()], E::Err(b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec()), "exact"),
        (vec![b"smove".to_vec(), b"nos".to_vec(), b"str".to_vec(), b"9".to_vec()], E::Int(0), "exact"),
        (vec![b"srem".to_vec(), b"m".to_vec(), b"1".to_vec()], E::Int(1), "exact"),
        (vec![b"smove".to_vec(), b"s".to_vec(), b"m".to_vec(), b"a".to_vec()], E::Int(1), "exact"),
        (vec![b"exists".to_vec(), b"s".to_vec()], E::Int(0), "exact"),
    ]);
}

#[test]
fn rec_battery_set_scan() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"sadd".to_vec(),
                    b"s".to_vec(),
                    b"3".to_vec(),
                    b"1".to_vec(),
                    b"2".to_vec(),
                ],
                E::Int(3),
                "exact",
            ),
            (
                vec![b"sscan".to_vec(), b"s".to_vec(), b"0".to_vec()],
                E::Arr(vec![
                    E::Bulk(b"0".to_vec()),
                    E::Arr(vec![
                        E::Bulk(b"1".to_vec()),
                        E::Bulk(b"2".to_vec()),
                        E::Bulk(b"3".to_vec()),
                    ]),
                ]),
                "exact",
            ),
            (
                vec![
                    b"sscan".to_vec(),
                    b"s".to_vec(),
                    b"0".to_vec(),
                    b"match".to_vec(),
                    b"1".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"0".to_vec()),
                    E::Arr(vec![E::Bulk(b"1".to_vec())]),
                ]),
                "exact",
            ),
            (
                vec![
                    b"sscan".to_vec(),
                    b"s".to_vec(),
                    b"0".to_vec(),
                    b"match".to_vec(),
                    b"[12]".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"0".to_vec()),
                    E::Arr(vec![E::Bulk(b"1".to_vec()), E::Bulk(b"2".to_vec())]),
                ]),
                "exact",
            ),
            (
                vec![
                    b"sscan".to_vec(),
                    b"s".to_vec(),
                    b"0".to_vec(),
                    b"count".to_vec(),
                    b"1".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"0".to_vec()),
                    E::Arr(vec![
                        E::Bulk(b"1".to_vec()),
                        E::Bulk(b"2".to_vec()),
                        E::Bulk(b"3".to_vec()),
                    ]),
                ]),
                "exact",
            ),
            (
                vec![b"sadd".to_vec(), b"t".to_vec(), b"a".to_vec()],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"sscan".to_vec(),
                    b"t".to_vec(),
                    b"0".to_vec(),
                    b"match".to_vec(),
                    b"*".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"0".to_vec()),
                    E::Arr(vec![E::Bulk(b"a".to_vec())]),
                ]),
                "exact",
            ),
            (
                vec![
                    b"sscan".to_vec(),
                    b"t".to_vec(),
                    b"0".to_vec(),
                    b"match".to_vec(),
                    b"x*".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"0".to_vec()), E::Arr(vec![])]),
                "exact",
            ),
            (
                vec![b"sscan".to_vec(), b"t".to_vec(), b"x".to_vec()],
                E::Err(b"ERR invalid cursor".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"sscan".to_vec(),
                    b"t".to_vec(),
                    b"0".to_vec(),
                    b"count".to_vec(),
                    b"0".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![b"sscan".to_vec(), b"nos".to_vec(), b"0".to_vec()],
                E::Arr(vec![E::Bulk(b"0".to_vec()), E::Arr(vec![])]),
                "exact",
            ),
            (
                vec![b"set".to_vec(), b"str".to_vec(), b"v".to_vec()],
                E::Status(b"OK".to_vec()),
                "exact",
            ),
            (
                vec![b"sscan".to_vec(), b"str".to_vec(), b"0".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
        ],
    );
}

#[test]
fn rec_battery_zset_add() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"2".to_vec(),
                    b"b".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"ch".to_vec(),
                    b"3".to_vec(),
                    b"a".to_vec(),
                    b"2".to_vec(),
                    b"b".to_vec(),
                    b"4".to_vec(),
                    b"c".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"xx".to_vec(),
                    b"ch".to_vec(),
                    b"5".to_vec(),
                    b"a".to_vec(),
                    b"6".to_vec(),
                    b"d".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"nx".to_vec(),
                    b"9".to_vec(),
                    b"a".to_vec(),
                    b"7".to_vec(),
                    b"d".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"gt".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"10".to_vec(),
                    b"c".to_vec(),
                ],
                E::Int(0),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"lt".to_vec(),
                    b"0".to_vec(),
                    b"a".to_vec(),
                    b"20".to_vec(),
                    b"c".to_vec(),
                ],
                E::Int(0),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"gt".to_vec(),
                    b"ch".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"30".to_vec(),
                    b"c".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"z".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"a".to_vec()),
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"b".to_vec()),
                    E::Bulk(b"2".to_vec()),
                    E::Bulk(b"d".to_vec()),
                    E::Bulk(b"7".to_vec()),
                    E::Bulk(b"c".to_vec()),
                    E::Bulk(b"30".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"incr".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                ],
                E::Bulk(b"2".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"xx".to_vec(),
                    b"incr".to_vec(),
                    b"1".to_vec(),
                    b"nope".to_vec(),
                ],
                E::Nil,
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"nx".to_vec(),
                    b"incr".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                ],
                E::Nil,
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"gt".to_vec(),
                    b"incr".to_vec(),
                    b"-100".to_vec(),
                    b"a".to_vec(),
                ],
                E::Nil,
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"lt".to_vec(),
                    b"incr".to_vec(),
                    b"-100".to_vec(),
                    b"a".to_vec(),
                ],
                E::Bulk(b"-98".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"incr".to_vec(),
                    b"0".to_vec(),
                    b"a".to_vec(),
                ],
                E::Bulk(b"-98".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"incr".to_vec(),
                    b"inf".to_vec(),
                    b"a".to_vec(),
                ],
                E::Bulk(b"inf".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"incr".to_vec(),
                    b"-inf".to_vec(),
                    b"a".to_vec(),
                ],
                E::Err(b"ERR resulting score is not a number (NaN)".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"incr".to_vec(),
                    b"1".to_vec(),
                    b"newm".to_vec(),
                ],
                E::Bulk(b"1".to_vec()),
                "exact",
            ),
            (
                vec![b"zadd".to_vec(), b"z".to_vec()],
                E::Err(b"ERR wrong number of arguments for 'zadd' command".to_vec()),
                "exact",
            ),
            (
                vec![b"zadd".to_vec(), b"z".to_vec(), b"1".to_vec()],
                E::Err(b"ERR wrong number of arguments for 'zadd' command".to_vec()),
                "exact",
            ),
            (
                vec![b"zadd".to_vec(), b"z".to_vec(), b"nx".to_vec()],
                E::Err(b"ERR wrong number of arguments for 'zadd' command".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"nx".to_vec(),
                    b"1".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"2".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"x".to_vec(),
                    b"a".to_vec(),
                ],
                E::Err(b"ERR value is not a valid float".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"nan".to_vec(),
                    b"a".to_vec(),
                ],
                E::Err(b"ERR value is not a valid float".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"1e400".to_vec(),
                    b"a".to_vec(),
                ],
                E::Err(b"ERR value is not a valid float".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"1e-400".to_vec(),
                    b"a".to_vec(),
                ],
                E::Err(b"ERR value is not a valid float".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b" 1".to_vec(),
                    b"a".to_vec(),
                ],
                E::Err(b"ERR value is not a valid float".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"1 ".to_vec(),
                    b"a".to_vec(),
                ],
                E::Err(b"ERR value is not a valid float".to_vec()),
                "exact",
            ),
            (
                vec![b"zadd".to_vec(), b"z".to_vec(), b"".to_vec(), b"a".to_vec()],
                E::Err(b"ERR value is not a valid float".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"0x1p3".to_vec(),
                    b"h".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"+5".to_vec(),
                    b"p".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"-0".to_vec(),
                    b"m0".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b".5".to_vec(),
                    b"half".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"5.".to_vec(),
                    b"five".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"1e1".to_vec(),
                    b"ten".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"infinity".to_vec(),
                    b"I".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"-INF".to_vec(),
                    b"ni".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"z".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"ni".to_vec()),
                    E::Bulk(b"-inf".to_vec()),
                    E::Bulk(b"m0".to_vec()),
                    E::Bulk(b"0".to_vec()),
                    E::Bulk(b"half".to_vec()),
                    E::Bulk(b"0.5".to_vec()),
                    E::Bulk(b"newm".to_vec()),
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"b".to_vec()),
                    E::Bulk(b"2".to_vec()),
                    E::Bulk(b"five".to_vec()),
                    E::Bulk(b"5".to_vec()),
                    E::Bulk(b"p".to_vec()),
                    E::Bulk(b"5".to_vec()),
                    E::Bulk(b"d".to_vec()),
                    E::Bulk(b"7".to_vec()),
                    E::Bulk(b"h".to_vec()),
                    E::Bulk(b"8".to_vec()),
                    E::Bulk(b"ten".to_vec()),
                    E::Bulk(b"10".to_vec()),
                    E::Bulk(b"c".to_vec()),
                    E::Bulk(b"30".to_vec()),
                    E::Bulk(b"I".to_vec()),
                    E::Bulk(b"inf".to_vec()),
                    E::Bulk(b"a".to_vec()),
                    E::Bulk(b"inf".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"xx".to_vec(),
                    b"nx".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                ],
                E::Err(b"ERR XX and NX options at the same time are not compatible".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"gt".to_vec(),
                    b"lt".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                ],
                E::Err(
                    b"ERR GT, LT, and/or NX options at the same time are not compatible".to_vec(),
                ),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"nx".to_vec(),
                    b"lt".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                ],
                E::Err(
                    b"ERR GT, LT, and/or NX options at the same time are not compatible".to_vec(),
                ),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"incr".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"1".to_vec(),
                    b"b".to_vec(),
                ],
                E::Err(b"ERR INCR option supports a single increment-element pair".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"foo".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"bar".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"nz".to_vec(),
                    b"xx".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                ],
                E::Int(0),
                "exact",
            ),
            (vec![b"exists".to_vec(), b"nz".to_vec()], E::Int(0), "exact"),
            (
                vec![
                    b"zadd".to_vec(),
                    b"nz".to_vec(),
                    b"xx".to_vec(),
                    b"incr".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                ],
                E::Nil,
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"nz".to_vec(),
                    b"gt".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"nz".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"a".to_vec()), E::Bulk(b"1".to_vec())]),
                "exact",
            ),
            (
                vec![b"set".to_vec(), b"str".to_vec(), b"v".to_vec()],
                E::Status(b"OK".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"str".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                ],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![
                    b"zincrby".to_vec(),
                    b"str".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                ],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![
                    b"zincrby".to_vec(),
                    b"z".to_vec(),
                    b"nan".to_vec(),
                    b"a".to_vec(),
                ],
                E::Err(b"ERR value is not a valid float".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zincrby".to_vec(),
                    b"z".to_vec(),
                    b"x".to_vec(),
                    b"a".to_vec(),
                ],
                E::Err(b"ERR value is not a valid float".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zincrby".to_vec(),
                    b"z".to_vec(),
                    b"5".to_vec(),
                    b"newmember".to_vec(),
                ],
                E::Bulk(b"5".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zincrby".to_vec(),
                    b"z".to_vec(),
                    b"-inf".to_vec(),
                    b"I".to_vec(),
                ],
                E::Err(b"ERR resulting score is not a number (NaN)".to_vec()),
                "exact",
            ),
            (
                vec![b"zscore".to_vec(), b"z".to_vec(), b"I".to_vec()],
                E::Bulk(b"inf".to_vec()),
                "exact",
            ),
            (
                vec![b"zscore".to_vec(), b"z".to_vec(), b"m0".to_vec()],
                E::Bulk(b"0".to_vec()),
                "exact",
            ),
            (
                vec![b"zscore".to_vec(), b"z".to_vec(), b"h".to_vec()],
                E::Bulk(b"8".to_vec()),
                "exact",
            ),
            (
                vec![b"object".to_vec(), b"encoding".to_vec(), b"z".to_vec()],
                E::Bulk(b"listpack".to_vec()),
                "exact",
            ),
        ],
    );
}

#[test]
fn rec_battery_zadd_resp3() {
    run_case(
        3,
        vec![
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"1.5".to_vec(),
                    b"a".to_vec(),
                    b"2".to_vec(),
                    b"b".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"incr".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                ],
                E::Dbl("2.5".to_string()),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"xx".to_vec(),
                    b"incr".to_vec(),
                    b"1".to_vec(),
                    b"nope".to_vec(),
                ],
                E::Nil,
                "exact",
            ),
            (
                vec![
                    b"zincrby".to_vec(),
                    b"z".to_vec(),
                    b"0.25".to_vec(),
                    b"b".to_vec(),
                ],
                E::Dbl("2.25".to_string()),
                "exact",
            ),
            (
                vec![b"zscore".to_vec(), b"z".to_vec(), b"a".to_vec()],
                E::Dbl("2.5".to_string()),
                "exact",
            ),
            (
                vec![b"zscore".to_vec(), b"z".to_vec(), b"nope".to_vec()],
                E::Nil,
                "exact",
            ),
            (
                vec![
                    b"zmscore".to_vec(),
                    b"z".to_vec(),
                    b"a".to_vec(),
                    b"nope".to_vec(),
                    b"b".to_vec(),
                ],
                E::Arr(vec![
                    E::Dbl("2.5".to_string()),
                    E::Nil,
                    E::Dbl("2.25".to_string()),
                ]),
                "exact",
            ),
            (
                vec![b"zmscore".to_vec(), b"nz".to_vec(), b"a".to_vec()],
                E::Arr(vec![E::Nil]),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"z".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"b".to_vec()), E::Bulk(b"a".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"z".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![
                    E::Arr(vec![E::Bulk(b"b".to_vec()), E::Dbl("2.25".to_string())]),
                    E::Arr(vec![E::Bulk(b"a".to_vec()), E::Dbl("2.5".to_string())]),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"z".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                    b"byscore".to_vec(),
                ],
                E::Arr(vec![]),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"z".to_vec(),
                    b"-inf".to_vec(),
                    b"+inf".to_vec(),
                    b"byscore".to_vec(),
                    b"withscores".to_vec(),
                    b"limit".to_vec(),
                    b"0".to_vec(),
                    b"1".to_vec(),
                ],
                E::Arr(vec![E::Arr(vec![
                    E::Bulk(b"b".to_vec()),
                    E::Dbl("2.25".to_string()),
                ])]),
                "exact",
            ),
            (
                vec![
                    b"zrangebyscore".to_vec(),
                    b"z".to_vec(),
                    b"-inf".to_vec(),
                    b"inf".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![
                    E::Arr(vec![E::Bulk(b"b".to_vec()), E::Dbl("2.25".to_string())]),
                    E::Arr(vec![E::Bulk(b"a".to_vec()), E::Dbl("2.5".to_string())]),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zrevrangebyscore".to_vec(),
                    b"z".to_vec(),
                    b"inf".to_vec(),
                    b"-inf".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![
                    E::Arr(vec![E::Bulk(b"a".to_vec()), E::Dbl("2.5".to_string())]),
                    E::Arr(vec![E::Bulk(b"b".to_vec()), E::Dbl("2.25".to_string())]),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zrevrange".to_vec(),
                    b"z".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![
                    E::Arr(vec![E::Bulk(b"a".to_vec()), E::Dbl("2.5".to_string())]),
                    E::Arr(vec![E::Bulk(b"b".to_vec()), E::Dbl("2.25".to_string())]),
                ]),
                "exact",
            ),
            (
                vec![b"zpopmin".to_vec(), b"z".to_vec()],
                E::Arr(vec![E::Bulk(b"b".to_vec()), E::Dbl("2.25".to_string())]),
                "exact",
            ),
            (
                vec![b"zpopmax".to_vec(), b"z".to_vec(), b"1".to_vec()],
                E::Arr(vec![E::Arr(vec![
                    E::Bulk(b"a".to_vec()),
                    E::Dbl("2.5".to_string()),
                ])]),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"2".to_vec(),
                    b"b".to_vec(),
                    b"3".to_vec(),
                    b"c".to_vec(),
                ],
                E::Int(3),
                "exact",
            ),
            (
                vec![b"zpopmin".to_vec(), b"z".to_vec(), b"2".to_vec()],
                E::Arr(vec![
                    E::Arr(vec![E::Bulk(b"a".to_vec()), E::Dbl("1".to_string())]),
                    E::Arr(vec![E::Bulk(b"b".to_vec()), E::Dbl("2".to_string())]),
                ]),
                "exact",
            ),
            (
                vec![b"zpopmax".to_vec(), b"z".to_vec(), b"0".to_vec()],
                E::Arr(vec![]),
                "exact",
            ),
            (
                vec![b"zpopmin".to_vec(), b"nz".to_vec()],
                E::Arr(vec![]),
                "exact",
            ),
            (
                vec![b"zpopmin".to_vec(), b"nz".to_vec(), b"2".to_vec()],
                E::Arr(vec![]),
                "exact",
            ),
            (
                vec![
                    b"zmpop".to_vec(),
                    b"1".to_vec(),
                    b"z".to_vec(),
                    b"min".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"z".to_vec()),
                    E::Arr(vec![E::Arr(vec![
                        E::Bulk(b"c".to_vec()),
                        E::Dbl("3".to_string()),
                    ])]),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zmpop".to_vec(),
                    b"1".to_vec(),
                    b"nz".to_vec(),
                    b"min".to_vec(),
                ],
                E::Nil,
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"2".to_vec(),
                    b"b".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (
                vec![b"bzpopmin".to_vec(), b"z".to_vec(), b"0".to_vec()],
                E::Arr(vec![
                    E::Bulk(b"z".to_vec()),
                    E::Bulk(b"a".to_vec()),
                    E::Dbl("1".to_string()),
                ]),
                "exact",
            ),
            (
                vec![b"bzpopmin".to_vec(), b"nz".to_vec(), b"0.01".to_vec()],
                E::Nil,
                "exact",
            ),
            (
                vec![
                    b"bzmpop".to_vec(),
                    b"0.01".to_vec(),
                    b"1".to_vec(),
                    b"nz".to_vec(),
                    b"max".to_vec(),
                ],
                E::Nil,
                "exact",
            ),
            (
                vec![
                    b"zrandmember".to_vec(),
                    b"z".to_vec(),
                    b"5".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![E::Arr(vec![
                    E::Bulk(b"b".to_vec()),
                    E::Dbl("2".to_string()),
                ])]),
                "exact",
            ),
            (
                vec![
                    b"zunion".to_vec(),
                    b"1".to_vec(),
                    b"z".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![E::Arr(vec![
                    E::Bulk(b"b".to_vec()),
                    E::Dbl("2".to_string()),
                ])]),
                "exact",
            ),
            (
                vec![
                    b"zinter".to_vec(),
                    b"1".to_vec(),
                    b"z".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![E::Arr(vec![
                    E::Bulk(b"b".to_vec()),
                    E::Dbl("2".to_string()),
                ])]),
                "exact",
            ),
            (
                vec![
                    b"zdiff".to_vec(),
                    b"1".to_vec(),
                    b"z".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![E::Arr(vec![
                    E::Bulk(b"b".to_vec()),
                    E::Dbl("2".to_string()),
                ])]),
                "exact",
            ),
            (
                vec![b"zunion".to_vec(), b"1".to_vec(), b"z".to_vec()],
                E::Arr(vec![E::Bulk(b"b".to_vec())]),
                "exact",
            ),
            (
                vec![b"zscan".to_vec(), b"z".to_vec(), b"0".to_vec()],
                E::Arr(vec![
                    E::Bulk(b"0".to_vec()),
                    E::Arr(vec![E::Bulk(b"b".to_vec()), E::Bulk(b"2".to_vec())]),
                ]),
                "exact",
            ),
            (
                vec![b"zrank".to_vec(), b"z".to_vec(), b"a".to_vec()],
                E::Nil,
                "exact",
            ),
            (
                vec![b"zrevrank".to_vec(), b"z".to_vec(), b"a".to_vec()],
                E::Nil,
                "exact",
            ),
            (
                vec![
                    b"zrangestore".to_vec(),
                    b"d".to_vec(),
                    b"z".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
        ],
    );
}

#[test]
fn rec_battery_zset_range_rank() {
    run_case(2, vec![
        (vec![b"zadd".to_vec(), b"z".to_vec(), b"1".to_vec(), b"a".to_vec(), b"2".to_vec(), b"b".to_vec(), b"3".to_vec(), b"c".to_vec(), b"4".to_vec(), b"d".to_vec(), b"5".to_vec(), b"e".to_vec()], E::Int(5), "exact"),
        (vec![b"zrange".to_vec(), b"z".to_vec(), b"0".to_vec(), b"-1".to_vec()], E::Arr(vec![E::Bulk(b"a".to_vec()), E::Bulk(b"b".to_vec()), E::Bulk(b"c".to_vec()), E::Bulk(b"d".to_vec()), E::Bulk(b"e".to_vec())]), "exact"),
        (vec![b"zrange".to_vec(), b"z".to_vec(), b"1".to_vec(), b"3".to_vec()], E::Arr(vec![E::Bulk(b"b".to_vec()), E::Bulk(b"c".to_vec()), E::Bulk(b"d".to_vec())]), "exact"),
        (vec![b"zrange".to_vec(), b"z".to_vec(), b"-2".to_vec(), b"-1".to_vec(), b"withscores".to_vec()], E::Arr(vec![E::Bulk(b"d".to_vec()), E::Bulk(b"4".to_vec()), E::Bulk(b"e".to_vec()), E::Bulk(b"5".to_vec())]), "exact"),
        (vec![b"zrange".to_vec(), b"z".to_vec(), b"3".to_vec(), b"1".to_vec()], E::Arr(vec![]), "exact"),
        (vec![b"zrange".to_vec(), b"z".to_vec(), b"-100".to_vec(), b"100".to_vec()], E::Arr(vec![E::Bulk(b"a".to_vec()), E::Bulk(b"b".to_vec()), E::Bulk(b"c".to_vec()), E::Bulk(b"d".to_vec()), E::Bulk(b"e".to_vec())]), "exact"),
        (vec![b"zrange".to_vec(), b"z".to_vec(), b"5".to_vec(), b"10".to_vec()], E::Arr(vec![]), "exact"),
        (vec![b"zrange".to_vec(), b"z".to_vec(), b"0".to_vec(), b"-1".to_vec(), b"rev".to_vec()], E::Arr(vec![E::Bulk(b"e".to_vec()), E::Bulk(b"d".to_vec()), E::Bulk(b"c".to_vec()), E::Bulk(b"b".to_vec()), E::Bulk(b"a".to_vec())]), "exact"),
        (vec![b"zrange".to_vec(), b"z".to_vec(), b"0".to_vec(), b"1".to_vec(), b"rev".to_vec(), b"withscores".to_vec()], E::Arr(vec![E::Bulk(b"e".to_vec()), E::Bulk(b"5".to_vec()), E::Bulk(b"d".to_vec()), E::Bulk(b"4".to_vec())]), "exact"),
        (vec![b"zrevrange".to_vec(), b"z".to_vec(), b"0".to_vec(), b"1".to_vec()], E::Arr(vec![E::Bulk(b"e".to_vec()), E::Bulk(b"d".to_vec())]), "exact"),
        (vec![b"zrevrange".to_vec(), b"z".to_vec(), b"-1".to_vec(), b"-1".to_vec(), b"withscores".to_vec()], E::Arr(vec![E::Bulk(b"a".to_vec()), E::Bulk(b"1".to_vec())]), "exact"),
        (vec![b"zrange".to_vec(), b"z".to_vec(), b"x".to_vec(), b"1".to_vec()], E::Err(b"ERR value is not an integer or out of range".to_vec()), "exact"),
        (vec![b"zrange".to_vec(), b"z".to_vec(), b"0".to_vec(), b"y".to_vec()], E::Err(b"ERR value is not an integer or out of range".to_vec()), "exact"),
        (vec![b"zrange".to_vec(), b"z".to_vec(), b"0".to_vec(), b"1".to_vec(), b"limit".to_vec(), b"0".to_vec(), b"1".to_vec()], E::Err(b"ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX".to_vec()), "exact"),
        (vec![b"zrevrange".to_vec(), b"z".to_vec(), b"0".to_vec(), b"1".to_vec(), b"limit".to_vec(), b"0".to_vec(), b"1".to_vec()], E::Err(b"ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX".to_vec()), "exact"),
        (vec![b"zrange".to_vec(), b"z".to_vec(), b"0".to_vec(), b"1".to_vec(), b"foo".to_vec()], E::Err(b"ERR syntax error".to_vec()), "exact"),
        (vec![b"zrange".to_vec(), b"z".to_vec(), b"0".to_vec(), b"1".to_vec(), b"withscores".to_vec(), b"extra".to_vec()], E::Err(b"ERR syntax error".to_vec()), "exact"),
        (vec![b"zrange".to_vec(), b"nz".to_vec(), b"0".to_vec(), b"-1".to_vec()], E::Arr(vec![]), "exact"),
        (vec![b"zrange".to_vec(), b"nz".to_vec(), b"0".to_vec(), b"-1".to_vec(), b"limit".to_vec(), b"0".to_vec(), b"1".to_vec()], E::Err(b"ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX".to_vec()), "exact"),
        (vec![b"zrange".to_vec(), b"nz".to_vec(), b"a".to_vec(), b"b".to_vec(), b"byscore".to_vec()], E::Err(b"ERR min or max is not a float".to_vec()), "exact"),
        (vec![b"zrank".to_vec(), b"z".to_vec(), b"c".to_vec()], E::Int(2), "exact"),
        (vec![b"zrevrank".to_vec(), b"z".to_vec(), b"c".to_vec()], E::Int(2), "exact"),
        (vec![b"zrank".to_vec(), b"z".to_vec(), b"nope".to_vec()], E::Nil, "exact"),
        (vec![b"zrank".to_vec(), b"nz".to_vec(), b"a".to_vec()], E::Nil, "exact"),
        (vec![b"zcard".to_vec(), b"z".to_vec()], E::Int(5), "exact"),
        (vec![b"zcount".to_vec(), b"z".to_vec(), b"-inf".to_vec(), b"+inf".to_vec()], E::Int(5), "exact"),
        (vec![b"zcount".to_vec(), b"z".to_vec(), b"(1".to_vec(), b"3".to_vec()], E::Int(2), "exact"),
        (vec![b"zcount".to_vec(), b"z".to_vec(), b"2".to_vec(), b"(2".to_vec()], E::Int(0), "exact"),
        (vec![b"zcount".to_vec(), b"z".to_vec(), b"x".to_vec(), b"1".to_vec()], E::Err(b"ERR min or max is not a float".to_vec()), "exact"),
        (vec![b"zcount".to_vec(), b"nz".to_vec(), b"0".to_vec(), b"1".to_vec()], E::Int(0), "exact"),
        (vec![b"zremrangebyrank".to_vec(), b"z".to_vec(), b"0".to_vec(), b"0".to_vec()], E::Int(1), "exact"),
        (vec![b"zremrangebyrank".to_vec(), b"z".to_vec(), b"-1".to_vec(), b"-1".to_vec()], E::Int(1), "exact"),
        (vec![b"zremrangebyrank".to_vec(), b"z".to_vec(), b"5".to_vec(), b"1".to_vec()], E::Int(0), "exact"),
        (vec![b"zremrangebyrank".to_vec(), b"z".to_vec(), b"x".to_vec(), b"1".to_vec()], E::Err(b"ERR value is not an integer or out of range".to_vec()), "exact"),
        (vec![b"zremrangebyrank".to_vec(), b"nz".to_vec(), b"0".to_vec(), b"1".to_vec()], E::Int(0), "exact"),
        (vec![b"zrange".to_vec(), b"z".to_vec(), b"0".to_vec(), b"-1".to_vec()], E::Arr(vec![E::Bulk(b"b".to_vec()), E::Bulk(b"c".to_vec()), E::Bulk(b"d".to_vec())]), "exact"),
        (vec![b"zremrangebyrank".to_vec(), b"z".to_vec(), b"0".to_vec(), b"-1".to_vec()], E::Int(3), "exact"),
        (vec![b"exists".to_vec(), b"z".to_vec()], E::Int(0), "exact"),
    ]);
}

#[test]
fn rec_battery_zset_range_score() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"2".to_vec(),
                    b"b".to_vec(),
                    b"3".to_vec(),
                    b"c".to_vec(),
                    b"4".to_vec(),
                    b"d".to_vec(),
                    b"5".to_vec(),
                    b"e".to_vec(),
                ],
                E::Int(5),
                "exact",
            ),
            (
                vec![
                    b"zrangebyscore".to_vec(),
                    b"z".to_vec(),
                    b"2".to_vec(),
                    b"4".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"b".to_vec()),
                    E::Bulk(b"c".to_vec()),
                    E::Bulk(b"d".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zrangebyscore".to_vec(),
                    b"z".to_vec(),
                    b"(2".to_vec(),
                    b"4".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"c".to_vec()), E::Bulk(b"d".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"zrangebyscore".to_vec(),
                    b"z".to_vec(),
                    b"(2".to_vec(),
                    b"(4".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"c".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"zrangebyscore".to_vec(),
                    b"z".to_vec(),
                    b"4".to_vec(),
                    b"2".to_vec(),
                ],
                E::Arr(vec![]),
                "exact",
            ),
            (
                vec![
                    b"zrangebyscore".to_vec(),
                    b"z".to_vec(),
                    b"-inf".to_vec(),
                    b"+inf".to_vec(),
                    b"limit".to_vec(),
                    b"1".to_vec(),
                    b"2".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"b".to_vec()), E::Bulk(b"c".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"zrangebyscore".to_vec(),
                    b"z".to_vec(),
                    b"-inf".to_vec(),
                    b"+inf".to_vec(),
                    b"limit".to_vec(),
                    b"1".to_vec(),
                    b"-1".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"b".to_vec()),
                    E::Bulk(b"c".to_vec()),
                    E::Bulk(b"d".to_vec()),
                    E::Bulk(b"e".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zrangebyscore".to_vec(),
                    b"z".to_vec(),
                    b"-inf".to_vec(),
                    b"+inf".to_vec(),
                    b"limit".to_vec(),
                    b"-1".to_vec(),
                    b"2".to_vec(),
                ],
                E::Arr(vec![]),
                "exact",
            ),
            (
                vec![
                    b"zrangebyscore".to_vec(),
                    b"z".to_vec(),
                    b"-inf".to_vec(),
                    b"+inf".to_vec(),
                    b"limit".to_vec(),
                    b"5".to_vec(),
                    b"2".to_vec(),
                ],
                E::Arr(vec![]),
                "exact",
            ),
            (
                vec![
                    b"zrangebyscore".to_vec(),
                    b"z".to_vec(),
                    b"-inf".to_vec(),
                    b"+inf".to_vec(),
                    b"limit".to_vec(),
                    b"4".to_vec(),
                    b"10".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"e".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"zrangebyscore".to_vec(),
                    b"z".to_vec(),
                    b"-inf".to_vec(),
                    b"+inf".to_vec(),
                    b"limit".to_vec(),
                    b"0".to_vec(),
                    b"0".to_vec(),
                ],
                E::Arr(vec![]),
                "exact",
            ),
            (
                vec![
                    b"zrangebyscore".to_vec(),
                    b"z".to_vec(),
                    b"-inf".to_vec(),
                    b"+inf".to_vec(),
                    b"withscores".to_vec(),
                    b"limit".to_vec(),
                    b"2".to_vec(),
                    b"2".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"c".to_vec()),
                    E::Bulk(b"3".to_vec()),
                    E::Bulk(b"d".to_vec()),
                    E::Bulk(b"4".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zrangebyscore".to_vec(),
                    b"z".to_vec(),
                    b"-inf".to_vec(),
                    b"+inf".to_vec(),
                    b"limit".to_vec(),
                    b"1".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zrangebyscore".to_vec(),
                    b"z".to_vec(),
                    b"-inf".to_vec(),
                    b"+inf".to_vec(),
                    b"limit".to_vec(),
                    b"x".to_vec(),
                    b"1".to_vec(),
                ],
                E::Err(b"ERR value is not an integer or out of range".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zrangebyscore".to_vec(),
                    b"z".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                ],
                E::Err(b"ERR min or max is not a float".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zrangebyscore".to_vec(),
                    b"z".to_vec(),
                    b"nan".to_vec(),
                    b"1".to_vec(),
                ],
                E::Err(b"ERR min or max is not a float".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zrangebyscore".to_vec(),
                    b"z".to_vec(),
                    b"(".to_vec(),
                    b"3".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"a".to_vec()),
                    E::Bulk(b"b".to_vec()),
                    E::Bulk(b"c".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zrangebyscore".to_vec(),
                    b"z".to_vec(),
                    b"".to_vec(),
                    b"3".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"a".to_vec()),
                    E::Bulk(b"b".to_vec()),
                    E::Bulk(b"c".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zrangebyscore".to_vec(),
                    b"z".to_vec(),
                    b" 2".to_vec(),
                    b"3".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"b".to_vec()), E::Bulk(b"c".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"zrangebyscore".to_vec(),
                    b"z".to_vec(),
                    b"1".to_vec(),
                    b"3".to_vec(),
                    b"rev".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zrangebyscore".to_vec(),
                    b"z".to_vec(),
                    b"1".to_vec(),
                    b"3".to_vec(),
                    b"bylex".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zrevrangebyscore".to_vec(),
                    b"z".to_vec(),
                    b"4".to_vec(),
                    b"2".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"d".to_vec()),
                    E::Bulk(b"c".to_vec()),
                    E::Bulk(b"b".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zrevrangebyscore".to_vec(),
                    b"z".to_vec(),
                    b"(4".to_vec(),
                    b"(2".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"c".to_vec()), E::Bulk(b"3".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"zrevrangebyscore".to_vec(),
                    b"z".to_vec(),
                    b"+inf".to_vec(),
                    b"-inf".to_vec(),
                    b"limit".to_vec(),
                    b"1".to_vec(),
                    b"2".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"d".to_vec()), E::Bulk(b"c".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"zrevrangebyscore".to_vec(),
                    b"z".to_vec(),
                    b"2".to_vec(),
                    b"4".to_vec(),
                ],
                E::Arr(vec![]),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"z".to_vec(),
                    b"2".to_vec(),
                    b"4".to_vec(),
                    b"byscore".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"b".to_vec()),
                    E::Bulk(b"c".to_vec()),
                    E::Bulk(b"d".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"z".to_vec(),
                    b"4".to_vec(),
                    b"2".to_vec(),
                    b"byscore".to_vec(),
                    b"rev".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"d".to_vec()),
                    E::Bulk(b"c".to_vec()),
                    E::Bulk(b"b".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"z".to_vec(),
                    b"4".to_vec(),
                    b"2".to_vec(),
                    b"byscore".to_vec(),
                    b"rev".to_vec(),
                    b"limit".to_vec(),
                    b"1".to_vec(),
                    b"1".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"c".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"z".to_vec(),
                    b"(1".to_vec(),
                    b"+inf".to_vec(),
                    b"byscore".to_vec(),
                    b"limit".to_vec(),
                    b"1".to_vec(),
                    b"2".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"c".to_vec()),
                    E::Bulk(b"3".to_vec()),
                    E::Bulk(b"d".to_vec()),
                    E::Bulk(b"4".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"z".to_vec(),
                    b"(1".to_vec(),
                    b"+inf".to_vec(),
                    b"byscore".to_vec(),
                    b"bylex".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"z".to_vec(),
                    b"1".to_vec(),
                    b"2".to_vec(),
                    b"byscore".to_vec(),
                    b"byscore".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"z".to_vec(),
                    b"1".to_vec(),
                    b"2".to_vec(),
                    b"rev".to_vec(),
                    b"rev".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zrangestore".to_vec(),
                    b"d".to_vec(),
                    b"z".to_vec(),
                    b"2".to_vec(),
                    b"4".to_vec(),
                    b"byscore".to_vec(),
                ],
                E::Int(3),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"d".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"b".to_vec()),
                    E::Bulk(b"2".to_vec()),
                    E::Bulk(b"c".to_vec()),
                    E::Bulk(b"3".to_vec()),
                    E::Bulk(b"d".to_vec()),
                    E::Bulk(b"4".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zrangestore".to_vec(),
                    b"d".to_vec(),
                    b"z".to_vec(),
                    b"4".to_vec(),
                    b"2".to_vec(),
                    b"byscore".to_vec(),
                    b"rev".to_vec(),
                    b"limit".to_vec(),
                    b"0".to_vec(),
                    b"1".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"d".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"d".to_vec()), E::Bulk(b"4".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"zrangestore".to_vec(),
                    b"d".to_vec(),
                    b"z".to_vec(),
                    b"10".to_vec(),
                    b"20".to_vec(),
                    b"byscore".to_vec(),
                ],
                E::Int(0),
                "exact",
            ),
            (vec![b"exists".to_vec(), b"d".to_vec()], E::Int(0), "exact"),
            (
                vec![
                    b"zrangestore".to_vec(),
                    b"d".to_vec(),
                    b"nz".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                ],
                E::Int(0),
                "exact",
            ),
            (
                vec![
                    b"zrangestore".to_vec(),
                    b"d".to_vec(),
                    b"z".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zrangestore".to_vec(),
                    b"d".to_vec(),
                    b"z".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                ],
                E::Err(b"ERR value is not an integer or out of range".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zremrangebyscore".to_vec(),
                    b"z".to_vec(),
                    b"(4".to_vec(),
                    b"+inf".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"zremrangebyscore".to_vec(),
                    b"z".to_vec(),
                    b"x".to_vec(),
                    b"1".to_vec(),
                ],
                E::Err(b"ERR min or max is not a float".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zremrangebyscore".to_vec(),
                    b"nz".to_vec(),
                    b"1".to_vec(),
                    b"2".to_vec(),
                ],
                E::Int(0),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"z".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"a".to_vec()),
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"b".to_vec()),
                    E::Bulk(b"2".to_vec()),
                    E::Bulk(b"c".to_vec()),
                    E::Bulk(b"3".to_vec()),
                    E::Bulk(b"d".to_vec()),
                    E::Bulk(b"4".to_vec()),
                ]),
                "exact",
            ),
        ],
    );
}

#[test]
fn rec_battery_zset_range_lex() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"0".to_vec(),
                    b"a".to_vec(),
                    b"0".to_vec(),
                    b"b".to_vec(),
                    b"0".to_vec(),
                    b"c".to_vec(),
                    b"0".to_vec(),
                    b"d".to_vec(),
                    b"0".to_vec(),
                    b"e".to_vec(),
                    b"0".to_vec(),
                    b"foo".to_vec(),
                ],
                E::Int(6),
                "exact",
            ),
            (
                vec![
                    b"zrangebylex".to_vec(),
                    b"z".to_vec(),
                    b"-".to_vec(),
                    b"+".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"a".to_vec()),
                    E::Bulk(b"b".to_vec()),
                    E::Bulk(b"c".to_vec()),
                    E::Bulk(b"d".to_vec()),
                    E::Bulk(b"e".to_vec()),
                    E::Bulk(b"foo".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zrangebylex".to_vec(),
                    b"z".to_vec(),
                    b"[b".to_vec(),
                    b"(d".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"b".to_vec()), E::Bulk(b"c".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"zrangebylex".to_vec(),
                    b"z".to_vec(),
                    b"(b".to_vec(),
                    b"[d".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"c".to_vec()), E::Bulk(b"d".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"zrangebylex".to_vec(),
                    b"z".to_vec(),
                    b"[c".to_vec(),
                    b"-".to_vec(),
                ],
                E::Arr(vec![]),
                "exact",
            ),
            (
                vec![
                    b"zrangebylex".to_vec(),
                    b"z".to_vec(),
                    b"-".to_vec(),
                    b"+".to_vec(),
                    b"limit".to_vec(),
                    b"2".to_vec(),
                    b"2".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"c".to_vec()), E::Bulk(b"d".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"zrangebylex".to_vec(),
                    b"z".to_vec(),
                    b"-".to_vec(),
                    b"+".to_vec(),
                    b"limit".to_vec(),
                    b"10".to_vec(),
                    b"2".to_vec(),
                ],
                E::Arr(vec![]),
                "exact",
            ),
            (
                vec![
                    b"zrangebylex".to_vec(),
                    b"z".to_vec(),
                    b"-".to_vec(),
                    b"+".to_vec(),
                    b"limit".to_vec(),
                    b"-1".to_vec(),
                    b"2".to_vec(),
                ],
                E::Arr(vec![]),
                "exact",
            ),
            (
                vec![
                    b"zrevrangebylex".to_vec(),
                    b"z".to_vec(),
                    b"+".to_vec(),
                    b"-".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"foo".to_vec()),
                    E::Bulk(b"e".to_vec()),
                    E::Bulk(b"d".to_vec()),
                    E::Bulk(b"c".to_vec()),
                    E::Bulk(b"b".to_vec()),
                    E::Bulk(b"a".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zrevrangebylex".to_vec(),
                    b"z".to_vec(),
                    b"[d".to_vec(),
                    b"(b".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"d".to_vec()), E::Bulk(b"c".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"zrevrangebylex".to_vec(),
                    b"z".to_vec(),
                    b"+".to_vec(),
                    b"-".to_vec(),
                    b"limit".to_vec(),
                    b"1".to_vec(),
                    b"2".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"e".to_vec()), E::Bulk(b"d".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"z".to_vec(),
                    b"[b".to_vec(),
                    b"[d".to_vec(),
                    b"bylex".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"b".to_vec()),
                    E::Bulk(b"c".to_vec()),
                    E::Bulk(b"d".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"z".to_vec(),
                    b"[d".to_vec(),
                    b"[b".to_vec(),
                    b"bylex".to_vec(),
                    b"rev".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"d".to_vec()),
                    E::Bulk(b"c".to_vec()),
                    E::Bulk(b"b".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"z".to_vec(),
                    b"-".to_vec(),
                    b"+".to_vec(),
                    b"bylex".to_vec(),
                    b"limit".to_vec(),
                    b"1".to_vec(),
                    b"1".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"b".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"zrangebylex".to_vec(),
                    b"z".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                ],
                E::Err(b"ERR min or max not valid string range item".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zrangebylex".to_vec(),
                    b"z".to_vec(),
                    b"[a".to_vec(),
                    b"b".to_vec(),
                ],
                E::Err(b"ERR min or max not valid string range item".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zrangebylex".to_vec(),
                    b"z".to_vec(),
                    b"+a".to_vec(),
                    b"-".to_vec(),
                ],
                E::Err(b"ERR min or max not valid string range item".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zrangebylex".to_vec(),
                    b"z".to_vec(),
                    b"".to_vec(),
                    b"+".to_vec(),
                ],
                E::Err(b"ERR min or max not valid string range item".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zrangebylex".to_vec(),
                    b"z".to_vec(),
                    b"-".to_vec(),
                    b"+".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Err(
                    b"ERR syntax error, WITHSCORES not supported in combination with BYLEX"
                        .to_vec(),
                ),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"z".to_vec(),
                    b"-".to_vec(),
                    b"+".to_vec(),
                    b"bylex".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Err(
                    b"ERR syntax error, WITHSCORES not supported in combination with BYLEX"
                        .to_vec(),
                ),
                "exact",
            ),
            (
                vec![
                    b"zlexcount".to_vec(),
                    b"z".to_vec(),
                    b"-".to_vec(),
                    b"+".to_vec(),
                ],
                E::Int(6),
                "exact",
            ),
            (
                vec![
                    b"zlexcount".to_vec(),
                    b"z".to_vec(),
                    b"[b".to_vec(),
                    b"[d".to_vec(),
                ],
                E::Int(3),
                "exact",
            ),
            (
                vec![
                    b"zlexcount".to_vec(),
                    b"z".to_vec(),
                    b"(b".to_vec(),
                    b"(d".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"zlexcount".to_vec(),
                    b"z".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                ],
                E::Err(b"ERR min or max not valid string range item".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zlexcount".to_vec(),
                    b"nz".to_vec(),
                    b"-".to_vec(),
                    b"+".to_vec(),
                ],
                E::Int(0),
                "exact",
            ),
            (
                vec![
                    b"zremrangebylex".to_vec(),
                    b"z".to_vec(),
                    b"[b".to_vec(),
                    b"(d".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (
                vec![
                    b"zremrangebylex".to_vec(),
                    b"z".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                ],
                E::Err(b"ERR min or max not valid string range item".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"z".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"a".to_vec()),
                    E::Bulk(b"d".to_vec()),
                    E::Bulk(b"e".to_vec()),
                    E::Bulk(b"foo".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zremrangebylex".to_vec(),
                    b"z".to_vec(),
                    b"-".to_vec(),
                    b"+".to_vec(),
                ],
                E::Int(4),
                "exact",
            ),
            (vec![b"exists".to_vec(), b"z".to_vec()], E::Int(0), "exact"),
            (
                vec![
                    b"zrangestore".to_vec(),
                    b"d".to_vec(),
                    b"z".to_vec(),
                    b"-".to_vec(),
                    b"+".to_vec(),
                    b"bylex".to_vec(),
                ],
                E::Int(0),
                "exact",
            ),
        ],
    );
}

#[test]
fn rec_battery_zset_pops() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"2".to_vec(),
                    b"b".to_vec(),
                    b"3".to_vec(),
                    b"c".to_vec(),
                    b"4".to_vec(),
                    b"d".to_vec(),
                ],
                E::Int(4),
                "exact",
            ),
            (
                vec![b"zpopmin".to_vec(), b"z".to_vec()],
                E::Arr(vec![E::Bulk(b"a".to_vec()), E::Bulk(b"1".to_vec())]),
                "exact",
            ),
            (
                vec![b"zpopmax".to_vec(), b"z".to_vec()],
                E::Arr(vec![E::Bulk(b"d".to_vec()), E::Bulk(b"4".to_vec())]),
                "exact",
            ),
            (
                vec![b"zpopmin".to_vec(), b"z".to_vec(), b"0".to_vec()],
                E::Arr(vec![]),
                "exact",
            ),
            (
                vec![b"zpopmin".to_vec(), b"z".to_vec(), b"-1".to_vec()],
                E::Err(b"ERR value is out of range, must be positive".to_vec()),
                "exact",
            ),
            (
                vec![b"zpopmin".to_vec(), b"z".to_vec(), b"x".to_vec()],
                E::Err(b"ERR value is out of range, must be positive".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zpopmin".to_vec(),
                    b"z".to_vec(),
                    b"1".to_vec(),
                    b"2".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![b"zpopmax".to_vec(), b"z".to_vec(), b"10".to_vec()],
                E::Arr(vec![
                    E::Bulk(b"c".to_vec()),
                    E::Bulk(b"3".to_vec()),
                    E::Bulk(b"b".to_vec()),
                    E::Bulk(b"2".to_vec()),
                ]),
                "exact",
            ),
            (vec![b"exists".to_vec(), b"z".to_vec()], E::Int(0), "exact"),
            (
                vec![b"zpopmax".to_vec(), b"z".to_vec()],
                E::Arr(vec![]),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"2".to_vec(),
                    b"b".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"y".to_vec(),
                    b"5".to_vec(),
                    b"x".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"zmpop".to_vec(),
                    b"2".to_vec(),
                    b"nz".to_vec(),
                    b"z".to_vec(),
                    b"max".to_vec(),
                    b"count".to_vec(),
                    b"5".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"z".to_vec()),
                    E::Arr(vec![
                        E::Arr(vec![E::Bulk(b"b".to_vec()), E::Bulk(b"2".to_vec())]),
                        E::Arr(vec![E::Bulk(b"a".to_vec()), E::Bulk(b"1".to_vec())]),
                    ]),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zmpop".to_vec(),
                    b"2".to_vec(),
                    b"nz".to_vec(),
                    b"y".to_vec(),
                    b"min".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"y".to_vec()),
                    E::Arr(vec![E::Arr(vec![
                        E::Bulk(b"x".to_vec()),
                        E::Bulk(b"5".to_vec()),
                    ])]),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zmpop".to_vec(),
                    b"1".to_vec(),
                    b"y".to_vec(),
                    b"min".to_vec(),
                ],
                E::Nil,
                "exact",
            ),
            (
                vec![
                    b"zmpop".to_vec(),
                    b"0".to_vec(),
                    b"y".to_vec(),
                    b"min".to_vec(),
                ],
                E::Err(b"ERR numkeys should be greater than 0".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zmpop".to_vec(),
                    b"1".to_vec(),
                    b"y".to_vec(),
                    b"left".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zmpop".to_vec(),
                    b"1".to_vec(),
                    b"y".to_vec(),
                    b"min".to_vec(),
                    b"count".to_vec(),
                    b"0".to_vec(),
                ],
                E::Err(b"ERR count should be greater than 0".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zmpop".to_vec(),
                    b"1".to_vec(),
                    b"y".to_vec(),
                    b"min".to_vec(),
                    b"count".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![b"zmpop".to_vec(), b"2".to_vec(), b"y".to_vec()],
                E::Err(b"ERR wrong number of arguments for 'zmpop' command".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zmpop".to_vec(),
                    b"x".to_vec(),
                    b"y".to_vec(),
                    b"min".to_vec(),
                ],
                E::Err(b"ERR numkeys should be greater than 0".to_vec()),
                "exact",
            ),
            (
                vec![b"set".to_vec(), b"str".to_vec(), b"v".to_vec()],
                E::Status(b"OK".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"zmpop".to_vec(),
                    b"2".to_vec(),
                    b"str".to_vec(),
                    b"z".to_vec(),
                    b"min".to_vec(),
                ],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![
                    b"zmpop".to_vec(),
                    b"2".to_vec(),
                    b"z".to_vec(),
                    b"str".to_vec(),
                    b"min".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"z".to_vec()),
                    E::Arr(vec![E::Arr(vec![
                        E::Bulk(b"a".to_vec()),
                        E::Bulk(b"1".to_vec()),
                    ])]),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![b"zpopmin".to_vec(), b"str".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![
                    b"bzpopmin".to_vec(),
                    b"str".to_vec(),
                    b"z".to_vec(),
                    b"0".to_vec(),
                ],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"7".to_vec(),
                    b"q".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"bzpopmin".to_vec(),
                    b"nz".to_vec(),
                    b"z".to_vec(),
                    b"0".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"z".to_vec()),
                    E::Bulk(b"a".to_vec()),
                    E::Bulk(b"1".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"bzpopmax".to_vec(),
                    b"nz".to_vec(),
                    b"z".to_vec(),
                    b"0.01".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"z".to_vec()),
                    E::Bulk(b"q".to_vec()),
                    E::Bulk(b"7".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![b"bzpopmin".to_vec(), b"z".to_vec(), b"-1".to_vec()],
                E::Err(b"ERR timeout is negative".to_vec()),
                "exact",
            ),
            (
                vec![b"bzpopmin".to_vec(), b"z".to_vec(), b"x".to_vec()],
                E::Err(b"ERR timeout is not a float or out of range".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"2".to_vec(),
                    b"b".to_vec(),
                    b"3".to_vec(),
                    b"c".to_vec(),
                ],
                E::Int(3),
                "exact",
            ),
            (
                vec![
                    b"bzmpop".to_vec(),
                    b"0".to_vec(),
                    b"1".to_vec(),
                    b"z".to_vec(),
                    b"min".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"z".to_vec()),
                    E::Arr(vec![E::Arr(vec![
                        E::Bulk(b"a".to_vec()),
                        E::Bulk(b"1".to_vec()),
                    ])]),
                ]),
                "exact",
            ),
            (
                vec![
                    b"bzmpop".to_vec(),
                    b"0.01".to_vec(),
                    b"2".to_vec(),
                    b"nz".to_vec(),
                    b"z".to_vec(),
                    b"max".to_vec(),
                    b"count".to_vec(),
                    b"2".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"z".to_vec()),
                    E::Arr(vec![
                        E::Arr(vec![E::Bulk(b"c".to_vec()), E::Bulk(b"3".to_vec())]),
                        E::Arr(vec![E::Bulk(b"b".to_vec()), E::Bulk(b"2".to_vec())]),
                    ]),
                ]),
                "exact",
            ),
            (
                vec![
                    b"bzmpop".to_vec(),
                    b"x".to_vec(),
                    b"1".to_vec(),
                    b"z".to_vec(),
                    b"min".to_vec(),
                ],
                E::Err(b"ERR timeout is not a float or out of range".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"bzmpop".to_vec(),
                    b"0".to_vec(),
                    b"0".to_vec(),
                    b"z".to_vec(),
                    b"min".to_vec(),
                ],
                E::Err(b"ERR numkeys should be greater than 0".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"bzmpop".to_vec(),
                    b"0".to_vec(),
                    b"1".to_vec(),
                    b"z".to_vec(),
                    b"middle".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
        ],
    );
}

#[test]
fn rec_battery_zset_algebra() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"zadd".to_vec(),
                    b"a".to_vec(),
                    b"1".to_vec(),
                    b"x".to_vec(),
                    b"2".to_vec(),
                    b"y".to_vec(),
                    b"3".to_vec(),
                    b"z".to_vec(),
                ],
                E::Int(3),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"b".to_vec(),
                    b"10".to_vec(),
                    b"y".to_vec(),
                    b"20".to_vec(),
                    b"z".to_vec(),
                    b"30".to_vec(),
                    b"w".to_vec(),
                ],
                E::Int(3),
                "exact",
            ),
            (
                vec![
                    b"sadd".to_vec(),
                    b"s".to_vec(),
                    b"x".to_vec(),
                    b"w".to_vec(),
                    b"q".to_vec(),
                ],
                E::Int(3),
                "exact",
            ),
            (
                vec![
                    b"zunionstore".to_vec(),
                    b"d".to_vec(),
                    b"2".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                ],
                E::Int(4),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"d".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"x".to_vec()),
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"y".to_vec()),
                    E::Bulk(b"12".to_vec()),
                    E::Bulk(b"z".to_vec()),
                    E::Bulk(b"23".to_vec()),
                    E::Bulk(b"w".to_vec()),
                    E::Bulk(b"30".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zunionstore".to_vec(),
                    b"d".to_vec(),
                    b"2".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"weights".to_vec(),
                    b"2".to_vec(),
                    b"0.5".to_vec(),
                ],
                E::Int(4),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"d".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"x".to_vec()),
                    E::Bulk(b"2".to_vec()),
                    E::Bulk(b"y".to_vec()),
                    E::Bulk(b"9".to_vec()),
                    E::Bulk(b"w".to_vec()),
                    E::Bulk(b"15".to_vec()),
                    E::Bulk(b"z".to_vec()),
                    E::Bulk(b"16".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zunionstore".to_vec(),
                    b"d".to_vec(),
                    b"2".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"aggregate".to_vec(),
                    b"min".to_vec(),
                ],
                E::Int(4),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"d".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"x".to_vec()),
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"y".to_vec()),
                    E::Bulk(b"2".to_vec()),
                    E::Bulk(b"z".to_vec()),
                    E::Bulk(b"3".to_vec()),
                    E::Bulk(b"w".to_vec()),
                    E::Bulk(b"30".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zunionstore".to_vec(),
                    b"d".to_vec(),
                    b"2".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"aggregate".to_vec(),
                    b"max".to_vec(),
                    b"weights".to_vec(),
                    b"1".to_vec(),
                    b"-1".to_vec(),
                ],
                E::Int(4),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"d".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"w".to_vec()),
                    E::Bulk(b"-30".to_vec()),
                    E::Bulk(b"x".to_vec()),
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"y".to_vec()),
                    E::Bulk(b"2".to_vec()),
                    E::Bulk(b"z".to_vec()),
                    E::Bulk(b"3".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zunionstore".to_vec(),
                    b"d".to_vec(),
                    b"3".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"s".to_vec(),
                ],
                E::Int(5),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"d".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"q".to_vec()),
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"x".to_vec()),
                    E::Bulk(b"2".to_vec()),
                    E::Bulk(b"y".to_vec()),
                    E::Bulk(b"12".to_vec()),
                    E::Bulk(b"z".to_vec()),
                    E::Bulk(b"23".to_vec()),
                    E::Bulk(b"w".to_vec()),
                    E::Bulk(b"31".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zinterstore".to_vec(),
                    b"d".to_vec(),
                    b"2".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"d".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"y".to_vec()),
                    E::Bulk(b"12".to_vec()),
                    E::Bulk(b"z".to_vec()),
                    E::Bulk(b"23".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zinterstore".to_vec(),
                    b"d".to_vec(),
                    b"3".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"s".to_vec(),
                ],
                E::Int(0),
                "exact",
            ),
            (vec![b"exists".to_vec(), b"d".to_vec()], E::Int(0), "exact"),
            (
                vec![
                    b"zinterstore".to_vec(),
                    b"d".to_vec(),
                    b"2".to_vec(),
                    b"a".to_vec(),
                    b"s".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"d".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"x".to_vec()), E::Bulk(b"2".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"zinterstore".to_vec(),
                    b"d".to_vec(),
                    b"2".to_vec(),
                    b"a".to_vec(),
                    b"s".to_vec(),
                    b"weights".to_vec(),
                    b"1".to_vec(),
                    b"5".to_vec(),
                    b"aggregate".to_vec(),
                    b"max".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"d".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"x".to_vec()), E::Bulk(b"5".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"zdiffstore".to_vec(),
                    b"d".to_vec(),
                    b"2".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"d".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"x".to_vec()), E::Bulk(b"1".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"zdiffstore".to_vec(),
                    b"d".to_vec(),
                    b"2".to_vec(),
                    b"b".to_vec(),
                    b"s".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"d".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"y".to_vec()),
                    E::Bulk(b"10".to_vec()),
                    E::Bulk(b"z".to_vec()),
                    E::Bulk(b"20".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zdiffstore".to_vec(),
                    b"d".to_vec(),
                    b"1".to_vec(),
                    b"nz".to_vec(),
                ],
                E::Int(0),
                "exact",
            ),
            (vec![b"exists".to_vec(), b"d".to_vec()], E::Int(0), "exact"),
            (
                vec![
                    b"zunionstore".to_vec(),
                    b"d".to_vec(),
                    b"1".to_vec(),
                    b"nz".to_vec(),
                ],
                E::Int(0),
                "exact",
            ),
            (
                vec![
                    b"zunion".to_vec(),
                    b"2".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"x".to_vec()),
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"y".to_vec()),
                    E::Bulk(b"12".to_vec()),
                    E::Bulk(b"z".to_vec()),
                    E::Bulk(b"23".to_vec()),
                    E::Bulk(b"w".to_vec()),
                    E::Bulk(b"30".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zunion".to_vec(),
                    b"2".to_vec(),
                    b"a".to_vec(),
                    b"nz".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"x".to_vec()),
                    E::Bulk(b"y".to_vec()),
                    E::Bulk(b"z".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zinter".to_vec(),
                    b"2".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"y".to_vec()),
                    E::Bulk(b"12".to_vec()),
                    E::Bulk(b"z".to_vec()),
                    E::Bulk(b"23".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zinter".to_vec(),
                    b"2".to_vec(),
                    b"a".to_vec(),
                    b"nz".to_vec(),
                ],
                E::Arr(vec![]),
                "exact",
            ),
            (
                vec![
                    b"zdiff".to_vec(),
                    b"2".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"x".to_vec()), E::Bulk(b"1".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"zdiff".to_vec(),
                    b"2".to_vec(),
                    b"nz".to_vec(),
                    b"a".to_vec(),
                ],
                E::Arr(vec![]),
                "exact",
            ),
            (
                vec![
                    b"zunion".to_vec(),
                    b"2".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"weights".to_vec(),
                    b"1".to_vec(),
                    b"inf".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"x".to_vec()),
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"w".to_vec()),
                    E::Bulk(b"inf".to_vec()),
                    E::Bulk(b"y".to_vec()),
                    E::Bulk(b"inf".to_vec()),
                    E::Bulk(b"z".to_vec()),
                    E::Bulk(b"inf".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zunion".to_vec(),
                    b"2".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"weights".to_vec(),
                    b"inf".to_vec(),
                    b"-inf".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"w".to_vec()),
                    E::Bulk(b"-inf".to_vec()),
                    E::Bulk(b"y".to_vec()),
                    E::Bulk(b"0".to_vec()),
                    E::Bulk(b"z".to_vec()),
                    E::Bulk(b"0".to_vec()),
                    E::Bulk(b"x".to_vec()),
                    E::Bulk(b"inf".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zinter".to_vec(),
                    b"2".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"weights".to_vec(),
                    b"0".to_vec(),
                    b"inf".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"y".to_vec()),
                    E::Bulk(b"inf".to_vec()),
                    E::Bulk(b"z".to_vec()),
                    E::Bulk(b"inf".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![b"zunion".to_vec(), b"0".to_vec(), b"a".to_vec()],
                E::Err(b"ERR at least 1 input key is needed for 'zunion' command".to_vec()),
                "exact",
            ),
            (
                vec![b"zunion".to_vec(), b"-1".to_vec(), b"a".to_vec()],
                E::Err(b"ERR at least 1 input key is needed for 'zunion' command".to_vec()),
                "exact",
            ),
            (
                vec![b"zunion".to_vec(), b"x".to_vec(), b"a".to_vec()],
                E::Err(b"ERR value is not an integer or out of range".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zunion".to_vec(),
                    b"3".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zunion".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"weights".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zunion".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"weights".to_vec(),
                    b"x".to_vec(),
                ],
                E::Err(b"ERR weight value is not a float".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zunion".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"weights".to_vec(),
                    b"1".to_vec(),
                    b"2".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zunion".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"aggregate".to_vec(),
                    b"avg".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zunion".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"aggregate".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zunion".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"withscores".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"x".to_vec()),
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"y".to_vec()),
                    E::Bulk(b"2".to_vec()),
                    E::Bulk(b"z".to_vec()),
                    E::Bulk(b"3".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zunionstore".to_vec(),
                    b"d".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zdiff".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"weights".to_vec(),
                    b"1".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zdiff".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"aggregate".to_vec(),
                    b"sum".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zdiffstore".to_vec(),
                    b"d".to_vec(),
                    b"0".to_vec(),
                    b"a".to_vec(),
                ],
                E::Err(b"ERR at least 1 input key is needed for 'zdiffstore' command".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zinterstore".to_vec(),
                    b"d".to_vec(),
                    b"0".to_vec(),
                    b"a".to_vec(),
                ],
                E::Err(b"ERR at least 1 input key is needed for 'zinterstore' command".to_vec()),
                "exact",
            ),
            (
                vec![b"zinter".to_vec(), b"0".to_vec(), b"a".to_vec()],
                E::Err(b"ERR at least 1 input key is needed for 'zinter' command".to_vec()),
                "exact",
            ),
            (
                vec![b"zdiff".to_vec(), b"0".to_vec(), b"a".to_vec()],
                E::Err(b"ERR at least 1 input key is needed for 'zdiff' command".to_vec()),
                "exact",
            ),
            (
                vec![b"set".to_vec(), b"str".to_vec(), b"v".to_vec()],
                E::Status(b"OK".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zunion".to_vec(),
                    b"2".to_vec(),
                    b"a".to_vec(),
                    b"str".to_vec(),
                ],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![
                    b"zinterstore".to_vec(),
                    b"d".to_vec(),
                    b"2".to_vec(),
                    b"nz".to_vec(),
                    b"str".to_vec(),
                ],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![
                    b"zunionstore".to_vec(),
                    b"str".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                ],
                E::Int(3),
                "exact",
            ),
            (
                vec![b"type".to_vec(), b"str".to_vec()],
                E::Status(b"zset".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zintercard".to_vec(),
                    b"2".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (
                vec![
                    b"zintercard".to_vec(),
                    b"2".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"limit".to_vec(),
                    b"1".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"zintercard".to_vec(),
                    b"2".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"limit".to_vec(),
                    b"0".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (
                vec![
                    b"zintercard".to_vec(),
                    b"2".to_vec(),
                    b"a".to_vec(),
                    b"nz".to_vec(),
                ],
                E::Int(0),
                "exact",
            ),
            (
                vec![b"zintercard".to_vec(), b"1".to_vec(), b"s".to_vec()],
                E::Int(3),
                "exact",
            ),
            (
                vec![b"zintercard".to_vec(), b"0".to_vec(), b"a".to_vec()],
                E::Err(b"ERR at least 1 input key is needed for 'zintercard' command".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zintercard".to_vec(),
                    b"3".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zintercard".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"limit".to_vec(),
                    b"-1".to_vec(),
                ],
                E::Err(b"ERR LIMIT can't be negative".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zintercard".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"limit".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zintercard".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zintercard".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"weights".to_vec(),
                    b"1".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
            (
                vec![b"zintercard".to_vec(), b"1".to_vec(), b"str".to_vec()],
                E::Int(3),
                "exact",
            ),
        ],
    );
}

#[test]
fn rec_battery_zset_scan_rand() {
    run_case(2, vec![
        (vec![b"zadd".to_vec(), b"z".to_vec(), b"1.5".to_vec(), b"a".to_vec(), b"2".to_vec(), b"b".to_vec(), b"0.1".to_vec(), b"c".to_vec(), b"inf".to_vec(), b"d".to_vec()], E::Int(4), "exact"),
        (vec![b"zscan".to_vec(), b"z".to_vec(), b"0".to_vec()], E::Arr(vec![E::Bulk(b"0".to_vec()), E::Arr(vec![E::Bulk(b"c".to_vec()), E::Bulk(b"0.10000000000000001".to_vec()), E::Bulk(b"a".to_vec()), E::Bulk(b"1.5".to_vec()), E::Bulk(b"b".to_vec()), E::Bulk(b"2".to_vec()), E::Bulk(b"d".to_vec()), E::Bulk(b"inf".to_vec())])]), "exact"),
        (vec![b"zscan".to_vec(), b"z".to_vec(), b"0".to_vec(), b"match".to_vec(), b"a".to_vec()], E::Arr(vec![E::Bulk(b"0".to_vec()), E::Arr(vec![E::Bulk(b"a".to_vec()), E::Bulk(b"1.5".to_vec())])]), "exact"),
        (vec![b"zscan".to_vec(), b"z".to_vec(), b"0".to_vec(), b"count".to_vec(), b"1".to_vec()], E::Arr(vec![E::Bulk(b"0".to_vec()), E::Arr(vec![E::Bulk(b"c".to_vec()), E::Bulk(b"0.10000000000000001".to_vec()), E::Bulk(b"a".to_vec()), E::Bulk(b"1.5".to_vec()), E::Bulk(b"b".to_vec()), E::Bulk(b"2".to_vec()), E::Bulk(b"d".to_vec()), E::Bulk(b"inf".to_vec())])]), "exact"),
        (vec![b"zscan".to_vec(), b"z".to_vec(), b"x".to_vec()], E::Err(b"ERR invalid cursor".to_vec()), "exact"),
        (vec![b"zscan".to_vec(), b"nz".to_vec(), b"0".to_vec()], E::Arr(vec![E::Bulk(b"0".to_vec()), E::Arr(vec![])]), "exact"),
        (vec![b"zrandmember".to_vec(), b"nz".to_vec()], E::Nil, "exact"),
        (vec![b"zrandmember".to_vec(), b"nz".to_vec(), b"1".to_vec()], E::Arr(vec![]), "exact"),
        (vec![b"zrandmember".to_vec(), b"z".to_vec(), b"0".to_vec()], E::Arr(vec![]), "exact"),
        (vec![b"zrandmember".to_vec(), b"z".to_vec(), b"10".to_vec()], E::Arr(vec![E::Bulk(b"d".to_vec()), E::Bulk(b"b".to_vec()), E::Bulk(b"a".to_vec()), E::Bulk(b"c".to_vec())]), "exact"),
        (vec![b"zrandmember".to_vec(), b"z".to_vec(), b"10".to_vec(), b"withscores".to_vec()], E::Arr(vec![E::Bulk(b"d".to_vec()), E::Bulk(b"inf".to_vec()), E::Bulk(b"b".to_vec()), E::Bulk(b"2".to_vec()), E::Bulk(b"a".to_vec()), E::Bulk(b"1.5".to_vec()), E::Bulk(b"c".to_vec()), E::Bulk(b"0.10000000000000001".to_vec())]), "exact"),
        (vec![b"zrandmember".to_vec(), b"z".to_vec(), b"x".to_vec()], E::Err(b"ERR value is not an integer or out of range".to_vec()), "exact"),
        (vec![b"zrandmember".to_vec(), b"z".to_vec(), b"1".to_vec(), b"foo".to_vec()], E::Err(b"ERR syntax error".to_vec()), "exact"),
        (vec![b"zrandmember".to_vec(), b"z".to_vec(), b"1".to_vec(), b"withscores".to_vec(), b"bar".to_vec()], E::Err(b"ERR syntax error".to_vec()), "exact"),
        (vec![b"zrandmember".to_vec(), b"z".to_vec(), b"-9223372036854775808".to_vec()], E::Err(b"ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807".to_vec()), "exact"),
        (vec![b"zrandmember".to_vec(), b"z".to_vec(), b"4611686018427387904".to_vec(), b"withscores".to_vec()], E::Err(b"ERR value is out of range".to_vec()), "exact"),
        (vec![b"zadd".to_vec(), b"one".to_vec(), b"1".to_vec(), b"only".to_vec()], E::Int(1), "exact"),
        (vec![b"zrandmember".to_vec(), b"one".to_vec()], E::Bulk(b"only".to_vec()), "exact"),
        (vec![b"zrandmember".to_vec(), b"one".to_vec(), b"-3".to_vec()], E::Arr(vec![E::Bulk(b"only".to_vec()), E::Bulk(b"only".to_vec()), E::Bulk(b"only".to_vec())]), "exact"),
        (vec![b"zrandmember".to_vec(), b"one".to_vec(), b"-2".to_vec(), b"withscores".to_vec()], E::Arr(vec![E::Bulk(b"only".to_vec()), E::Bulk(b"1".to_vec()), E::Bulk(b"only".to_vec()), E::Bulk(b"1".to_vec())]), "exact"),
        (vec![b"set".to_vec(), b"str".to_vec(), b"v".to_vec()], E::Status(b"OK".to_vec()), "exact"),
        (vec![b"zrandmember".to_vec(), b"str".to_vec()], E::Err(b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec()), "exact"),
        (vec![b"zscan".to_vec(), b"str".to_vec(), b"0".to_vec()], E::Err(b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec()), "exact"),
        (vec![b"zcard".to_vec(), b"str".to_vec()], E::Err(b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec()), "exact"),
        (vec![b"zscore".to_vec(), b"str".to_vec(), b"a".to_vec()], E::Err(b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec()), "exact"),
        (vec![b"zmscore".to_vec(), b"str".to_vec(), b"a".to_vec()], E::Err(b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec()), "exact"),
        (vec![b"zrank".to_vec(), b"str".to_vec(), b"a".to_vec()], E::Err(b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec()), "exact"),
        (vec![b"zrem".to_vec(), b"str".to_vec(), b"a".to_vec()], E::Err(b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec()), "exact"),
        (vec![b"zrange".to_vec(), b"str".to_vec(), b"0".to_vec(), b"1".to_vec()], E::Err(b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec()), "exact"),
        (vec![b"zcount".to_vec(), b"str".to_vec(), b"0".to_vec(), b"1".to_vec()], E::Err(b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec()), "exact"),
        (vec![b"zlexcount".to_vec(), b"str".to_vec(), b"-".to_vec(), b"+".to_vec()], E::Err(b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec()), "exact"),
        (vec![b"zremrangebyrank".to_vec(), b"str".to_vec(), b"0".to_vec(), b"1".to_vec()], E::Err(b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec()), "exact"),
    ]);
}

#[test]
fn rec_battery_zset_misc() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                    b"2".to_vec(),
                    b"b".to_vec(),
                    b"3".to_vec(),
                    b"c".to_vec(),
                ],
                E::Int(3),
                "exact",
            ),
            (
                vec![
                    b"zrem".to_vec(),
                    b"z".to_vec(),
                    b"a".to_vec(),
                    b"nope".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"zrem".to_vec(),
                    b"z".to_vec(),
                    b"b".to_vec(),
                    b"c".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (vec![b"exists".to_vec(), b"z".to_vec()], E::Int(0), "exact"),
            (
                vec![b"zrem".to_vec(), b"z".to_vec(), b"a".to_vec()],
                E::Int(0),
                "exact",
            ),
            (
                vec![b"zrem".to_vec(), b"nz".to_vec(), b"a".to_vec()],
                E::Int(0),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"zmscore".to_vec(),
                    b"z".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"1".to_vec()), E::Nil]),
                "exact",
            ),
            (
                vec![b"zscore".to_vec(), b"z".to_vec(), b"a".to_vec()],
                E::Bulk(b"1".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"0.1".to_vec(),
                    b"p".to_vec(),
                    b"1e10".to_vec(),
                    b"q".to_vec(),
                    b"-0.25".to_vec(),
                    b"r".to_vec(),
                    b"1e-5".to_vec(),
                    b"s".to_vec(),
                    b"123456789012345678".to_vec(),
                    b"t".to_vec(),
                ],
                E::Int(5),
                "exact",
            ),
            (
                vec![
                    b"zrange".to_vec(),
                    b"z".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                    b"withscores".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"r".to_vec()),
                    E::Bulk(b"-0.25".to_vec()),
                    E::Bulk(b"s".to_vec()),
                    E::Bulk(b"1.0000000000000001e-05".to_vec()),
                    E::Bulk(b"p".to_vec()),
                    E::Bulk(b"0.10000000000000001".to_vec()),
                    E::Bulk(b"a".to_vec()),
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"q".to_vec()),
                    E::Bulk(b"10000000000".to_vec()),
                    E::Bulk(b"t".to_vec()),
                    E::Bulk(b"1.2345678901234568e+17".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![b"zscan".to_vec(), b"z".to_vec(), b"0".to_vec()],
                E::Arr(vec![
                    E::Bulk(b"0".to_vec()),
                    E::Arr(vec![
                        E::Bulk(b"r".to_vec()),
                        E::Bulk(b"-0.25".to_vec()),
                        E::Bulk(b"s".to_vec()),
                        E::Bulk(b"1.0000000000000001e-05".to_vec()),
                        E::Bulk(b"p".to_vec()),
                        E::Bulk(b"0.10000000000000001".to_vec()),
                        E::Bulk(b"a".to_vec()),
                        E::Bulk(b"1".to_vec()),
                        E::Bulk(b"q".to_vec()),
                        E::Bulk(b"10000000000".to_vec()),
                        E::Bulk(b"t".to_vec()),
                        E::Bulk(b"123456789012345680".to_vec()),
                    ]),
                ]),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"e".to_vec(),
                    b"1".to_vec(),
                    b"0123456789012345678901234567890123456789012345678901234567890123456789"
                        .to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![b"object".to_vec(), b"encoding".to_vec(), b"e".to_vec()],
                E::Bulk(b"skiplist".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"f".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![b"object".to_vec(), b"encoding".to_vec(), b"f".to_vec()],
                E::Bulk(b"listpack".to_vec()),
                "exact",
            ),
            (
                vec![b"zrank".to_vec(), b"z".to_vec(), b"nope".to_vec()],
                E::Nil,
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"-0".to_vec(),
                    b"negzero".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![b"zscore".to_vec(), b"z".to_vec(), b"negzero".to_vec()],
                E::Bulk(b"0".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"z".to_vec(),
                    b"0".to_vec(),
                    b"negzero".to_vec(),
                ],
                E::Int(0),
                "exact",
            ),
            (
                vec![b"zscore".to_vec(), b"z".to_vec(), b"negzero".to_vec()],
                E::Bulk(b"0".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"g".to_vec(),
                    b"0".to_vec(),
                    b"m".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"zadd".to_vec(),
                    b"g".to_vec(),
                    b"-0".to_vec(),
                    b"m".to_vec(),
                ],
                E::Int(0),
                "exact",
            ),
            (
                vec![b"zscore".to_vec(), b"g".to_vec(), b"m".to_vec()],
                E::Bulk(b"0".to_vec()),
                "exact",
            ),
        ],
    );
}
