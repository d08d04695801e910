//! Runs keyspace conformance cases (hashes, lists, sets, sorted sets) recorded from a real
//! Redis 7.0.15 natively through `check_command` + `Core::run`, comparing the replies as the
//! conformance harness would (RESP2 lowering of maps/sets/doubles, match modes).
//! Generated from the corpus files by a script; EVAL cases are skipped here.

#[path = "keyspace2_support/mod.rs"]
mod support;
use support::{run_case, E};
#[test]
fn corpus_hashes_hgetall_hkeys_hvals() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"HSET".to_vec(),
                    b"h".to_vec(),
                    b"a".to_vec(),
                    b"1".to_vec(),
                    b"b".to_vec(),
                    b"2".to_vec(),
                    b"c".to_vec(),
                    b"3".to_vec(),
                ],
                E::Int(3),
                "exact",
            ),
            (
                vec![b"HGETALL".to_vec(), b"h".to_vec()],
                E::Arr(vec![
                    E::Bulk(b"a".to_vec()),
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"b".to_vec()),
                    E::Bulk(b"2".to_vec()),
                    E::Bulk(b"c".to_vec()),
                    E::Bulk(b"3".to_vec()),
                ]),
                "unordered-pairs",
            ),
            (
                vec![b"HKEYS".to_vec(), b"h".to_vec()],
                E::Arr(vec![
                    E::Bulk(b"a".to_vec()),
                    E::Bulk(b"b".to_vec()),
                    E::Bulk(b"c".to_vec()),
                ]),
                "unordered",
            ),
            (
                vec![b"HVALS".to_vec(), b"h".to_vec()],
                E::Arr(vec![
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"2".to_vec()),
                    E::Bulk(b"3".to_vec()),
                ]),
                "unordered",
            ),
            (
                vec![b"HGETALL".to_vec(), b"missing".to_vec()],
                E::Arr(vec![]),
                "exact",
            ),
            (
                vec![b"HKEYS".to_vec(), b"missing".to_vec()],
                E::Arr(vec![]),
                "exact",
            ),
        ],
    );
}

#[test]
fn corpus_hashes_hmset_hmget_hsetnx() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"HMSET".to_vec(),
                    b"h".to_vec(),
                    b"a".to_vec(),
                    b"1".to_vec(),
                    b"b".to_vec(),
                    b"2".to_vec(),
                ],
                E::Status(b"OK".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"HMGET".to_vec(),
                    b"h".to_vec(),
                    b"a".to_vec(),
                    b"nope".to_vec(),
                    b"b".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"1".to_vec()), E::Nil, E::Bulk(b"2".to_vec())]),
                "exact",
            ),
            (
                vec![b"HMGET".to_vec(), b"missing".to_vec(), b"a".to_vec()],
                E::Arr(vec![E::Nil]),
                "exact",
            ),
            (
                vec![
                    b"HSETNX".to_vec(),
                    b"h".to_vec(),
                    b"a".to_vec(),
                    b"x".to_vec(),
                ],
                E::Int(0),
                "exact",
            ),
            (
                vec![
                    b"HSETNX".to_vec(),
                    b"h".to_vec(),
                    b"c".to_vec(),
                    b"3".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![b"HGET".to_vec(), b"h".to_vec(), b"c".to_vec()],
                E::Bulk(b"3".to_vec()),
                "exact",
            ),
        ],
    );
}

#[test]
fn corpus_hashes_hincrby_hincrbyfloat() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"HINCRBY".to_vec(),
                    b"h".to_vec(),
                    b"n".to_vec(),
                    b"5".to_vec(),
                ],
                E::Int(5),
                "exact",
            ),
            (
                vec![
                    b"HINCRBY".to_vec(),
                    b"h".to_vec(),
                    b"n".to_vec(),
                    b"-10".to_vec(),
                ],
                E::Int(-5),
                "exact",
            ),
            (
                vec![
                    b"HINCRBYFLOAT".to_vec(),
                    b"h".to_vec(),
                    b"f".to_vec(),
                    b"1.5".to_vec(),
                ],
                E::Bulk(b"1.5".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"HINCRBYFLOAT".to_vec(),
                    b"h".to_vec(),
                    b"f".to_vec(),
                    b"0.1".to_vec(),
                ],
                E::Bulk(b"1.6".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"HSET".to_vec(),
                    b"h".to_vec(),
                    b"s".to_vec(),
                    b"abc".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"HINCRBY".to_vec(),
                    b"h".to_vec(),
                    b"s".to_vec(),
                    b"1".to_vec(),
                ],
                E::Err(b"ERR hash value is not an integer".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"HINCRBYFLOAT".to_vec(),
                    b"h".to_vec(),
                    b"s".to_vec(),
                    b"1".to_vec(),
                ],
                E::Err(b"ERR hash value is not a float".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"HINCRBY".to_vec(),
                    b"h".to_vec(),
                    b"n".to_vec(),
                    b"x".to_vec(),
                ],
                E::Err(b"ERR value is not an integer or out of range".to_vec()),
                "exact",
            ),
        ],
    );
}

#[test]
fn corpus_hashes_hstrlen_hrandfield() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"HSET".to_vec(),
                    b"h".to_vec(),
                    b"f".to_vec(),
                    b"hello".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![b"HSTRLEN".to_vec(), b"h".to_vec(), b"f".to_vec()],
                E::Int(5),
                "exact",
            ),
            (
                vec![b"HSTRLEN".to_vec(), b"h".to_vec(), b"nope".to_vec()],
                E::Int(0),
                "exact",
            ),
            (
                vec![b"HRANDFIELD".to_vec(), b"h".to_vec()],
                E::Bulk(b"f".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"HRANDFIELD".to_vec(),
                    b"h".to_vec(),
                    b"1".to_vec(),
                    b"WITHVALUES".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"f".to_vec()), E::Bulk(b"hello".to_vec())]),
                "exact",
            ),
            (
                vec![b"HRANDFIELD".to_vec(), b"missing".to_vec()],
                E::Nil,
                "exact",
            ),
            (
                vec![b"HRANDFIELD".to_vec(), b"h".to_vec(), b"-2".to_vec()],
                E::Arr(vec![E::Bulk(b"f".to_vec()), E::Bulk(b"f".to_vec())]),
                "exact",
            ),
        ],
    );
}

#[test]
fn corpus_hashes_hash_errors() {
    run_case(
        2,
        vec![
            (
                vec![b"HSET".to_vec(), b"h".to_vec(), b"f".to_vec()],
                E::Err(b"ERR wrong number of arguments for 'hset' command".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"HSET".to_vec(),
                    b"h".to_vec(),
                    b"f".to_vec(),
                    b"v".to_vec(),
                    b"g".to_vec(),
                ],
                E::Err(b"ERR wrong number of arguments for 'hset' command".to_vec()),
                "exact",
            ),
            (
                vec![b"SET".to_vec(), b"s".to_vec(), b"v".to_vec()],
                E::Status(b"OK".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"HSET".to_vec(),
                    b"s".to_vec(),
                    b"f".to_vec(),
                    b"v".to_vec(),
                ],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"HGETALL".to_vec(), b"s".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
        ],
    );
}

#[test]
fn corpus_lists_pop_with_count() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"RPUSH".to_vec(),
                    b"l".to_vec(),
                    b"1".to_vec(),
                    b"2".to_vec(),
                    b"3".to_vec(),
                    b"4".to_vec(),
                    b"5".to_vec(),
                ],
                E::Int(5),
                "exact",
            ),
            (
                vec![b"LPOP".to_vec(), b"l".to_vec(), b"2".to_vec()],
                E::Arr(vec![E::Bulk(b"1".to_vec()), E::Bulk(b"2".to_vec())]),
                "exact",
            ),
            (
                vec![b"RPOP".to_vec(), b"l".to_vec(), b"2".to_vec()],
                E::Arr(vec![E::Bulk(b"5".to_vec()), E::Bulk(b"4".to_vec())]),
                "exact",
            ),
            (
                vec![b"LPOP".to_vec(), b"l".to_vec(), b"10".to_vec()],
                E::Arr(vec![E::Bulk(b"3".to_vec())]),
                "exact",
            ),
            (vec![b"EXISTS".to_vec(), b"l".to_vec()], E::Int(0), "exact"),
            (vec![b"LPOP".to_vec(), b"l".to_vec()], E::Nil, "exact"),
            (
                vec![b"LPOP".to_vec(), b"l".to_vec(), b"2".to_vec()],
                E::Nil,
                "exact",
            ),
            (
                vec![b"LPOP".to_vec(), b"l".to_vec(), b"0".to_vec()],
                E::Nil,
                "exact",
            ),
            (
                vec![b"LPOP".to_vec(), b"l".to_vec(), b"-1".to_vec()],
                E::Err(b"ERR value is out of range, must be positive".to_vec()),
                "exact",
            ),
        ],
    );
}

#[test]
fn corpus_lists_lrange_indexes() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"RPUSH".to_vec(),
                    b"l".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"c".to_vec(),
                    b"d".to_vec(),
                    b"e".to_vec(),
                ],
                E::Int(5),
                "exact",
            ),
            (
                vec![
                    b"LRANGE".to_vec(),
                    b"l".to_vec(),
                    b"1".to_vec(),
                    b"3".to_vec(),
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
                    b"LRANGE".to_vec(),
                    b"l".to_vec(),
                    b"-2".to_vec(),
                    b"-1".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"d".to_vec()), E::Bulk(b"e".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"LRANGE".to_vec(),
                    b"l".to_vec(),
                    b"3".to_vec(),
                    b"1".to_vec(),
                ],
                E::Arr(vec![]),
                "exact",
            ),
            (
                vec![
                    b"LRANGE".to_vec(),
                    b"l".to_vec(),
                    b"0".to_vec(),
                    b"100".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"a".to_vec()),
                    E::Bulk(b"b".to_vec()),
                    E::Bulk(b"c".to_vec()),
                    E::Bulk(b"d".to_vec()),
                    E::Bulk(b"e".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"LRANGE".to_vec(),
                    b"l".to_vec(),
                    b"-100".to_vec(),
                    b"0".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"a".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"LRANGE".to_vec(),
                    b"missing".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                ],
                E::Arr(vec![]),
                "exact",
            ),
        ],
    );
}

#[test]
fn corpus_lists_lindex_lset_linsert() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"RPUSH".to_vec(),
                    b"l".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"c".to_vec(),
                ],
                E::Int(3),
                "exact",
            ),
            (
                vec![b"LINDEX".to_vec(), b"l".to_vec(), b"0".to_vec()],
                E::Bulk(b"a".to_vec()),
                "exact",
            ),
            (
                vec![b"LINDEX".to_vec(), b"l".to_vec(), b"-1".to_vec()],
                E::Bulk(b"c".to_vec()),
                "exact",
            ),
            (
                vec![b"LINDEX".to_vec(), b"l".to_vec(), b"5".to_vec()],
                E::Nil,
                "exact",
            ),
            (
                vec![
                    b"LSET".to_vec(),
                    b"l".to_vec(),
                    b"1".to_vec(),
                    b"B".to_vec(),
                ],
                E::Status(b"OK".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"LSET".to_vec(),
                    b"l".to_vec(),
                    b"5".to_vec(),
                    b"x".to_vec(),
                ],
                E::Err(b"ERR index out of range".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"LSET".to_vec(),
                    b"missing".to_vec(),
                    b"0".to_vec(),
                    b"x".to_vec(),
                ],
                E::Err(b"ERR no such key".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"LINSERT".to_vec(),
                    b"l".to_vec(),
                    b"BEFORE".to_vec(),
                    b"B".to_vec(),
                    b"a2".to_vec(),
                ],
                E::Int(4),
                "exact",
            ),
            (
                vec![
                    b"LINSERT".to_vec(),
                    b"l".to_vec(),
                    b"AFTER".to_vec(),
                    b"c".to_vec(),
                    b"d".to_vec(),
                ],
                E::Int(5),
                "exact",
            ),
            (
                vec![
                    b"LINSERT".to_vec(),
                    b"l".to_vec(),
                    b"AFTER".to_vec(),
                    b"zz".to_vec(),
                    b"y".to_vec(),
                ],
                E::Int(-1),
                "exact",
            ),
            (
                vec![
                    b"LINSERT".to_vec(),
                    b"missing".to_vec(),
                    b"AFTER".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                ],
                E::Int(0),
                "exact",
            ),
            (
                vec![
                    b"LRANGE".to_vec(),
                    b"l".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"a".to_vec()),
                    E::Bulk(b"a2".to_vec()),
                    E::Bulk(b"B".to_vec()),
                    E::Bulk(b"c".to_vec()),
                    E::Bulk(b"d".to_vec()),
                ]),
                "exact",
            ),
        ],
    );
}

#[test]
fn corpus_lists_lmove_rpoplpush_pushx() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"RPUSH".to_vec(),
                    b"src".to_vec(),
                    b"1".to_vec(),
                    b"2".to_vec(),
                    b"3".to_vec(),
                ],
                E::Int(3),
                "exact",
            ),
            (
                vec![
                    b"LMOVE".to_vec(),
                    b"src".to_vec(),
                    b"dst".to_vec(),
                    b"LEFT".to_vec(),
                    b"RIGHT".to_vec(),
                ],
                E::Bulk(b"1".to_vec()),
                "exact",
            ),
            (
                vec![b"RPOPLPUSH".to_vec(), b"src".to_vec(), b"dst".to_vec()],
                E::Bulk(b"3".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"LRANGE".to_vec(),
                    b"dst".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"3".to_vec()), E::Bulk(b"1".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"LMOVE".to_vec(),
                    b"missing".to_vec(),
                    b"dst".to_vec(),
                    b"LEFT".to_vec(),
                    b"LEFT".to_vec(),
                ],
                E::Nil,
                "exact",
            ),
            (
                vec![
                    b"LMOVE".to_vec(),
                    b"src".to_vec(),
                    b"src".to_vec(),
                    b"RIGHT".to_vec(),
                    b"LEFT".to_vec(),
                ],
                E::Bulk(b"2".to_vec()),
                "exact",
            ),
            (
                vec![b"LPUSHX".to_vec(), b"nolist".to_vec(), b"x".to_vec()],
                E::Int(0),
                "exact",
            ),
            (
                vec![b"RPUSHX".to_vec(), b"dst".to_vec(), b"x".to_vec()],
                E::Int(3),
                "exact",
            ),
            (
                vec![
                    b"LRANGE".to_vec(),
                    b"dst".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"3".to_vec()),
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"x".to_vec()),
                ]),
                "exact",
            ),
        ],
    );
}

#[test]
fn corpus_lists_lmpop() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"RPUSH".to_vec(),
                    b"l2".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                    b"c".to_vec(),
                ],
                E::Int(3),
                "exact",
            ),
            (
                vec![
                    b"LMPOP".to_vec(),
                    b"2".to_vec(),
                    b"l1".to_vec(),
                    b"l2".to_vec(),
                    b"LEFT".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"l2".to_vec()),
                    E::Arr(vec![E::Bulk(b"a".to_vec())]),
                ]),
                "exact",
            ),
            (
                vec![
                    b"LMPOP".to_vec(),
                    b"2".to_vec(),
                    b"l1".to_vec(),
                    b"l2".to_vec(),
                    b"RIGHT".to_vec(),
                    b"COUNT".to_vec(),
                    b"5".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"l2".to_vec()),
                    E::Arr(vec![E::Bulk(b"c".to_vec()), E::Bulk(b"b".to_vec())]),
                ]),
                "exact",
            ),
            (
                vec![
                    b"LMPOP".to_vec(),
                    b"1".to_vec(),
                    b"l1".to_vec(),
                    b"LEFT".to_vec(),
                ],
                E::Nil,
                "exact",
            ),
            (
                vec![
                    b"LMPOP".to_vec(),
                    b"0".to_vec(),
                    b"l1".to_vec(),
                    b"LEFT".to_vec(),
                ],
                E::Err(b"ERR numkeys should be greater than 0".to_vec()),
                "exact",
            ),
        ],
    );
}

#[test]
fn corpus_lists_list_errors() {
    run_case(
        2,
        vec![
            (
                vec![b"SET".to_vec(), b"s".to_vec(), b"v".to_vec()],
                E::Status(b"OK".to_vec()),
                "exact",
            ),
            (
                vec![b"LPUSH".to_vec(), b"s".to_vec(), b"x".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![
                    b"LRANGE".to_vec(),
                    b"s".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                ],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"LPUSH".to_vec(), b"l".to_vec()],
                E::Err(b"ERR wrong number of arguments for 'lpush' command".to_vec()),
                "exact",
            ),
            (
                vec![b"LINDEX".to_vec(), b"l".to_vec(), b"notanint".to_vec()],
                E::Nil,
                "exact",
            ),
            (
                vec![
                    b"LINSERT".to_vec(),
                    b"l".to_vec(),
                    b"MIDDLE".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                ],
                E::Err(b"ERR syntax error".to_vec()),
                "exact",
            ),
        ],
    );
}

#[test]
fn corpus_lists_blocking_list_commands_from_script() {
    run_case(
        2,
        vec![(
            vec![b"RPUSH".to_vec(), b"l".to_vec(), b"x".to_vec()],
            E::Int(1),
            "exact",
        )],
    );
}

#[test]
fn corpus_sets_smove_spop_srandmember() {
    run_case(
        2,
        vec![
            (
                vec![b"SADD".to_vec(), b"s".to_vec(), b"only".to_vec()],
                E::Int(1),
                "exact",
            ),
            (
                vec![b"SRANDMEMBER".to_vec(), b"s".to_vec()],
                E::Bulk(b"only".to_vec()),
                "exact",
            ),
            (
                vec![b"SRANDMEMBER".to_vec(), b"s".to_vec(), b"5".to_vec()],
                E::Arr(vec![E::Bulk(b"only".to_vec())]),
                "exact",
            ),
            (
                vec![b"SRANDMEMBER".to_vec(), b"s".to_vec(), b"-3".to_vec()],
                E::Arr(vec![
                    E::Bulk(b"only".to_vec()),
                    E::Bulk(b"only".to_vec()),
                    E::Bulk(b"only".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"SMOVE".to_vec(),
                    b"s".to_vec(),
                    b"d".to_vec(),
                    b"only".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"SMOVE".to_vec(),
                    b"s".to_vec(),
                    b"d".to_vec(),
                    b"only".to_vec(),
                ],
                E::Int(0),
                "exact",
            ),
            (vec![b"EXISTS".to_vec(), b"s".to_vec()], E::Int(0), "exact"),
            (
                vec![b"SPOP".to_vec(), b"d".to_vec()],
                E::Bulk(b"only".to_vec()),
                "exact",
            ),
            (vec![b"SPOP".to_vec(), b"d".to_vec()], E::Nil, "exact"),
            (
                vec![b"SPOP".to_vec(), b"missing".to_vec(), b"3".to_vec()],
                E::Arr(vec![]),
                "exact",
            ),
        ],
    );
}

#[test]
fn corpus_sets_intset_members_are_strings() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"SADD".to_vec(),
                    b"nums".to_vec(),
                    b"3".to_vec(),
                    b"1".to_vec(),
                    b"2".to_vec(),
                ],
                E::Int(3),
                "exact",
            ),
            (
                vec![b"SMEMBERS".to_vec(), b"nums".to_vec()],
                E::Arr(vec![
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"2".to_vec()),
                    E::Bulk(b"3".to_vec()),
                ]),
                "unordered",
            ),
        ],
    );
}

#[test]
fn corpus_sets_sscan() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"SADD".to_vec(),
                    b"s".to_vec(),
                    b"a".to_vec(),
                    b"b".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (
                vec![b"SSCAN".to_vec(), b"s".to_vec(), b"0".to_vec()],
                E::Arr(vec![
                    E::Bulk(b"0".to_vec()),
                    E::Arr(vec![E::Bulk(b"a".to_vec()), E::Bulk(b"b".to_vec())]),
                ]),
                "deep-unordered",
            ),
            (
                vec![
                    b"SSCAN".to_vec(),
                    b"s".to_vec(),
                    b"0".to_vec(),
                    b"MATCH".to_vec(),
                    b"b".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"0".to_vec()),
                    E::Arr(vec![E::Bulk(b"b".to_vec())]),
                ]),
                "exact",
            ),
        ],
    );
}

#[test]
fn corpus_sets_set_errors() {
    run_case(
        2,
        vec![
            (
                vec![b"SET".to_vec(), b"str".to_vec(), b"v".to_vec()],
                E::Status(b"OK".to_vec()),
                "exact",
            ),
            (
                vec![b"SADD".to_vec(), b"str".to_vec(), b"a".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"SMEMBERS".to_vec(), b"str".to_vec()],
                E::Err(
                    b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec(),
                ),
                "exact",
            ),
            (
                vec![b"SADD".to_vec(), b"s".to_vec()],
                E::Err(b"ERR wrong number of arguments for 'sadd' command".to_vec()),
                "exact",
            ),
            (
                vec![b"SINTERCARD".to_vec(), b"0".to_vec(), b"s".to_vec()],
                E::Err(b"ERR numkeys should be greater than 0".to_vec()),
                "exact",
            ),
            (
                vec![b"SINTERCARD".to_vec(), b"2".to_vec(), b"s".to_vec()],
                E::Err(b"ERR Number of keys can't be greater than number of args".to_vec()),
                "exact",
            ),
        ],
    );
}

#[test]
fn corpus_zsets_zadd_zscore_zcard() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"ZADD".to_vec(),
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
                    b"ZADD".to_vec(),
                    b"z".to_vec(),
                    b"5".to_vec(),
                    b"a".to_vec(),
                ],
                E::Int(0),
                "exact",
            ),
            (
                vec![b"ZSCORE".to_vec(), b"z".to_vec(), b"a".to_vec()],
                E::Bulk(b"5".to_vec()),
                "exact",
            ),
            (
                vec![b"ZSCORE".to_vec(), b"z".to_vec(), b"nope".to_vec()],
                E::Nil,
                "exact",
            ),
            (vec![b"ZCARD".to_vec(), b"z".to_vec()], E::Int(3), "exact"),
            (
                vec![b"ZCARD".to_vec(), b"missing".to_vec()],
                E::Int(0),
                "exact",
            ),
        ],
    );
}

#[test]
fn corpus_zsets_zadd_options() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"ZADD".to_vec(),
                    b"z".to_vec(),
                    b"NX".to_vec(),
                    b"1".to_vec(),
                    b"a".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"ZADD".to_vec(),
                    b"z".to_vec(),
                    b"NX".to_vec(),
                    b"2".to_vec(),
                    b"a".to_vec(),
                ],
                E::Int(0),
                "exact",
            ),
            (
                vec![
                    b"ZADD".to_vec(),
                    b"z".to_vec(),
                    b"XX".to_vec(),
                    b"3".to_vec(),
                    b"a".to_vec(),
                ],
                E::Int(0),
                "exact",
            ),
            (
                vec![
                    b"ZADD".to_vec(),
                    b"z".to_vec(),
                    b"XX".to_vec(),
                    b"3".to_vec(),
                    b"b".to_vec(),
                ],
                E::Int(0),
                "exact",
            ),
            (
                vec![
                    b"ZADD".to_vec(),
                    b"z".to_vec(),
                    b"CH".to_vec(),
                    b"4".to_vec(),
                    b"a".to_vec(),
                    b"1".to_vec(),
                    b"c".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (
                vec![
                    b"ZADD".to_vec(),
                    b"z".to_vec(),
                    b"GT".to_vec(),
                    b"2".to_vec(),
                    b"a".to_vec(),
                ],
                E::Int(0),
                "exact",
            ),
            (
                vec![
                    b"ZADD".to_vec(),
                    b"z".to_vec(),
                    b"GT".to_vec(),
                    b"CH".to_vec(),
                    b"10".to_vec(),
                    b"a".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"ZADD".to_vec(),
                    b"z".to_vec(),
                    b"LT".to_vec(),
                    b"CH".to_vec(),
                    b"0".to_vec(),
                    b"c".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"ZADD".to_vec(),
                    b"z".to_vec(),
                    b"INCR".to_vec(),
                    b"5".to_vec(),
                    b"a".to_vec(),
                ],
                E::Bulk(b"15".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"ZADD".to_vec(),
                    b"z".to_vec(),
                    b"NX".to_vec(),
                    b"INCR".to_vec(),
                    b"5".to_vec(),
                    b"a".to_vec(),
                ],
                E::Nil,
                "exact",
            ),
            (
                vec![
                    b"ZRANGE".to_vec(),
                    b"z".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                    b"WITHSCORES".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"c".to_vec()),
                    E::Bulk(b"0".to_vec()),
                    E::Bulk(b"a".to_vec()),
                    E::Bulk(b"15".to_vec()),
                ]),
                "exact",
            ),
        ],
    );
}

#[test]
fn corpus_zsets_zscore_formatting() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"ZADD".to_vec(),
                    b"z".to_vec(),
                    b"0.1".to_vec(),
                    b"a".to_vec(),
                    b"1.5".to_vec(),
                    b"b".to_vec(),
                    b"-0.25".to_vec(),
                    b"c".to_vec(),
                    b"1e10".to_vec(),
                    b"d".to_vec(),
                    b"100".to_vec(),
                    b"e".to_vec(),
                ],
                E::Int(5),
                "exact",
            ),
            (
                vec![b"ZSCORE".to_vec(), b"z".to_vec(), b"a".to_vec()],
                E::Bulk(b"0.10000000000000001".to_vec()),
                "exact",
            ),
            (
                vec![b"ZSCORE".to_vec(), b"z".to_vec(), b"b".to_vec()],
                E::Bulk(b"1.5".to_vec()),
                "exact",
            ),
            (
                vec![b"ZSCORE".to_vec(), b"z".to_vec(), b"c".to_vec()],
                E::Bulk(b"-0.25".to_vec()),
                "exact",
            ),
            (
                vec![b"ZSCORE".to_vec(), b"z".to_vec(), b"d".to_vec()],
                E::Bulk(b"10000000000".to_vec()),
                "exact",
            ),
            (
                vec![b"ZSCORE".to_vec(), b"z".to_vec(), b"e".to_vec()],
                E::Bulk(b"100".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"ZADD".to_vec(),
                    b"z".to_vec(),
                    b"inf".to_vec(),
                    b"f".to_vec(),
                    b"-inf".to_vec(),
                    b"g".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (
                vec![b"ZSCORE".to_vec(), b"z".to_vec(), b"f".to_vec()],
                E::Bulk(b"inf".to_vec()),
                "exact",
            ),
            (
                vec![b"ZSCORE".to_vec(), b"z".to_vec(), b"g".to_vec()],
                E::Bulk(b"-inf".to_vec()),
                "exact",
            ),
            (
                vec![
                    b"ZINCRBY".to_vec(),
                    b"z".to_vec(),
                    b"0.2".to_vec(),
                    b"a".to_vec(),
                ],
                E::Bulk(b"0.30000000000000004".to_vec()),
                "exact",
            ),
        ],
    );
}

#[test]
fn corpus_zsets_zpopmin_zpopmax_zmpop() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"ZADD".to_vec(),
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
                vec![b"ZPOPMIN".to_vec(), b"z".to_vec()],
                E::Arr(vec![E::Bulk(b"a".to_vec()), E::Bulk(b"1".to_vec())]),
                "exact",
            ),
            (
                vec![b"ZPOPMAX".to_vec(), b"z".to_vec(), b"5".to_vec()],
                E::Arr(vec![
                    E::Bulk(b"c".to_vec()),
                    E::Bulk(b"3".to_vec()),
                    E::Bulk(b"b".to_vec()),
                    E::Bulk(b"2".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![b"ZPOPMIN".to_vec(), b"z".to_vec()],
                E::Arr(vec![]),
                "exact",
            ),
            (
                vec![
                    b"ZADD".to_vec(),
                    b"z2".to_vec(),
                    b"5".to_vec(),
                    b"x".to_vec(),
                    b"6".to_vec(),
                    b"y".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (
                vec![
                    b"ZMPOP".to_vec(),
                    b"2".to_vec(),
                    b"z".to_vec(),
                    b"z2".to_vec(),
                    b"MIN".to_vec(),
                    b"COUNT".to_vec(),
                    b"1".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"z2".to_vec()),
                    E::Arr(vec![E::Arr(vec![
                        E::Bulk(b"x".to_vec()),
                        E::Bulk(b"5".to_vec()),
                    ])]),
                ]),
                "exact",
            ),
            (
                vec![
                    b"ZMPOP".to_vec(),
                    b"1".to_vec(),
                    b"z".to_vec(),
                    b"MAX".to_vec(),
                ],
                E::Nil,
                "exact",
            ),
        ],
    );
}

#[test]
fn corpus_zsets_zunion_zinter_store() {
    run_case(
        2,
        vec![
            (
                vec![
                    b"ZADD".to_vec(),
                    b"z1".to_vec(),
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
                    b"ZADD".to_vec(),
                    b"z2".to_vec(),
                    b"10".to_vec(),
                    b"b".to_vec(),
                    b"20".to_vec(),
                    b"c".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
            (
                vec![
                    b"ZUNIONSTORE".to_vec(),
                    b"u".to_vec(),
                    b"2".to_vec(),
                    b"z1".to_vec(),
                    b"z2".to_vec(),
                ],
                E::Int(3),
                "exact",
            ),
            (
                vec![
                    b"ZRANGE".to_vec(),
                    b"u".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                    b"WITHSCORES".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"a".to_vec()),
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"b".to_vec()),
                    E::Bulk(b"12".to_vec()),
                    E::Bulk(b"c".to_vec()),
                    E::Bulk(b"20".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"ZINTERSTORE".to_vec(),
                    b"i".to_vec(),
                    b"2".to_vec(),
                    b"z1".to_vec(),
                    b"z2".to_vec(),
                    b"WEIGHTS".to_vec(),
                    b"2".to_vec(),
                    b"3".to_vec(),
                ],
                E::Int(1),
                "exact",
            ),
            (
                vec![
                    b"ZRANGE".to_vec(),
                    b"i".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                    b"WITHSCORES".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"b".to_vec()), E::Bulk(b"34".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"ZUNIONSTORE".to_vec(),
                    b"m".to_vec(),
                    b"2".to_vec(),
                    b"z1".to_vec(),
                    b"z2".to_vec(),
                    b"AGGREGATE".to_vec(),
                    b"MAX".to_vec(),
                ],
                E::Int(3),
                "exact",
            ),
            (
                vec![
                    b"ZRANGE".to_vec(),
                    b"m".to_vec(),
                    b"0".to_vec(),
                    b"-1".to_vec(),
                    b"WITHSCORES".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"a".to_vec()),
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"b".to_vec()),
                    E::Bulk(b"10".to_vec()),
                    E::Bulk(b"c".to_vec()),
                    E::Bulk(b"20".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"ZUNION".to_vec(),
                    b"2".to_vec(),
                    b"z1".to_vec(),
                    b"z2".to_vec(),
                    b"WITHSCORES".to_vec(),
                ],
                E::Arr(vec![
                    E::Bulk(b"a".to_vec()),
                    E::Bulk(b"1".to_vec()),
                    E::Bulk(b"b".to_vec()),
                    E::Bulk(b"12".to_vec()),
                    E::Bulk(b"c".to_vec()),
                    E::Bulk(b"20".to_vec()),
                ]),
                "exact",
            ),
            (
                vec![
                    b"ZINTER".to_vec(),
                    b"2".to_vec(),
                    b"z1".to_vec(),
                    b"z2".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"b".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"ZDIFF".to_vec(),
                    b"2".to_vec(),
                    b"z1".to_vec(),
                    b"z2".to_vec(),
                ],
                E::Arr(vec![E::Bulk(b"a".to_vec())]),
                "exact",
            ),
            (
                vec![
                    b"ZRANGESTORE".to_vec(),
                    b"r".to_vec(),
                    b"u".to_vec(),
                    b"0".to_vec(),
                    b"1".to_vec(),
                ],
                E::Int(2),
                "exact",
            ),
        ],
    );
}

#[test]
fn corpus_zsets_zset_errors() {
    run_case(2, vec![
        (vec![b"SET".to_vec(), b"s".to_vec(), b"v".to_vec()], E::Status(b"OK".to_vec()), "exact"),
        (vec![b"ZADD".to_vec(), b"s".to_vec(), b"1".to_vec(), b"a".to_vec()], E::Err(b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec()), "exact"),
        (vec![b"ZRANGE".to_vec(), b"z".to_vec(), b"a".to_vec(), b"b".to_vec(), b"BYSCORE".to_vec()], E::Err(b"ERR min or max is not a float".to_vec()), "exact"),
        (vec![b"ZRANGE".to_vec(), b"z".to_vec(), b"0".to_vec(), b"-1".to_vec(), b"LIMIT".to_vec(), b"0".to_vec(), b"1".to_vec()], E::Err(b"ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX".to_vec()), "exact"),
        (vec![b"ZINCRBY".to_vec(), b"z".to_vec(), b"x".to_vec(), b"m".to_vec()], E::Err(b"ERR value is not a valid float".to_vec()), "exact"),
        (vec![b"ZUNIONSTORE".to_vec(), b"d".to_vec(), b"0".to_vec(), b"z".to_vec()], E::Err(b"ERR at least 1 input key is needed for 'zunionstore' command".to_vec()), "exact"),
        (vec![b"ZRANGEBYLEX".to_vec(), b"z".to_vec(), b"a".to_vec(), b"b".to_vec()], E::Err(b"ERR min or max not valid string range item".to_vec()), "exact"),
    ]);
}
