//! Snapshot format: round trips over every value type and TTLs, plus truncation and bit-flip
//! fuzzing (errors, never panics, never partial loads).

use engine::functions::FunctionRegistry;
use engine::keyspace::{Db, HashValue, ListValue, SetValue, Value, ZSet, NUM_DBS};
use engine::snapshot;

mod functions_support;

fn sample_dbs() -> Vec<Db> {
    let mut dbs: Vec<Db> = (0..NUM_DBS).map(|_| Db::new()).collect();
    if let Some(db) = dbs.get_mut(0) {
        db.set(b"str".to_vec(), Value::Str(b"hello".to_vec()));
        db.set(b"bin\x00\xff".to_vec(), Value::Str(vec![0, 1, 2, 255]));
        db.set(b"empty".to_vec(), Value::Str(Vec::new()));
        db.set(b"big".to_vec(), Value::Str(vec![b'x'; 1000]));
        let mut h = HashValue::default();
        h.map.insert(b"f1".to_vec(), b"v1".to_vec());
        h.map.insert(b"f0".to_vec(), b"v0".to_vec());
        db.set(b"hash".to_vec(), Value::Hash(h));
        let mut l = ListValue::default();
        for i in 0..300 {
            l.items.push_back(format!("item{i}").into_bytes());
        }
        db.set(b"list".to_vec(), Value::List(l));
        let mut s = SetValue::default();
        for m in ["3", "1", "2"] {
            s.members.insert(m.as_bytes().to_vec());
        }
        db.set(b"set".to_vec(), Value::Set(s));
        let mut z = ZSet::new();
        for (m, sc) in [
            ("a", 1.5),
            ("b", -0.0),
            ("c", f64::INFINITY),
            ("d", f64::NEG_INFINITY),
            ("e", 1.5),
        ] {
            z.insert(m.as_bytes().to_vec(), sc);
        }
        db.set(b"zset".to_vec(), Value::ZSet(z));
        let mut big = ZSet::new();
        for i in 0..200 {
            big.insert(format!("m{i}").into_bytes(), f64::from(i % 17) / 3.0);
        }
        db.set(b"zbig".to_vec(), Value::ZSet(big));
        // Skiplist-encoded although small (encoding conversion is one-way).
        let mut shrunk = ZSet::new();
        shrunk.insert(b"x".to_vec(), 1.0);
        shrunk.set_skiplist(true);
        db.set(b"zsmallskip".to_vec(), Value::ZSet(shrunk));
        let mut hbig = HashValue::default();
        hbig.set(b"f".to_vec(), vec![b'v'; 100]);
        hbig.remove(b"f");
        hbig.set(b"g".to_vec(), b"small".to_vec());
        db.set(b"hash-was-big".to_vec(), Value::Hash(hbig));
        let mut sbig = SetValue::default();
        sbig.insert(b"word".to_vec());
        sbig.remove(b"word");
        sbig.insert(b"1".to_vec());
        db.set(b"set-was-big".to_vec(), Value::Set(sbig));
        db.set(b"ttl".to_vec(), Value::Str(b"v".to_vec()));
        db.set_expire(b"ttl", 1_700_000_000_123);
        db.set(b"past".to_vec(), Value::Str(b"v".to_vec()));
        db.set_expire(b"past", -5);
    }
    if let Some(db) = dbs.get_mut(15) {
        db.set(b"last-db".to_vec(), Value::Str(b"15".to_vec()));
        db.set_expire(b"last-db", i64::MAX);
    }
    dbs
}

fn libs() -> Vec<(Vec<u8>, Vec<u8>)> {
    vec![
        (
            b"mylib".to_vec(),
            b"#!lua name=mylib\nredis.register_function('f', function() return 1 end)".to_vec(),
        ),
        (
            b"other".to_vec(),
            b"#!lua name=other\n\x00binary\xff".to_vec(),
        ),
    ]
}

/// A canonical dump of a database for comparisons (sorted; TTLs included).
fn describe(db: &Db) -> Vec<String> {
    let mut out: Vec<String> = db
        .iter()
        .map(|(k, v)| {
            let body = match v {
                Value::Str(s) => format!("str {s:?}"),
                Value::Hash(h) => format!("hash {:?}", h.map.iter().collect::<Vec<_>>()),
                Value::List(l) => format!("list {:?}", l.items),
                Value::Set(s) => format!("set {:?}", s.members.iter().collect::<Vec<_>>()),
                Value::ZSet(z) => format!(
                    "zset {:?}",
                    z.iter()
                        .map(|(m, sc)| (m.to_vec(), sc.to_bits()))
                        .collect::<Vec<_>>()
                ),
                Value::Stream(st) => format!("stream {:?} {:?}", st.last_id, st.entries),
            };
            format!(
                "{k:?} ttl={:?} {body} enc={}",
                db.expire_at(k),
                v.encoding()
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn round_trip_all_types_and_ttls() {
    let dbs = sample_dbs();
    let bytes = snapshot::save(&dbs, &libs());
    let (loaded, codes) = snapshot::load(&bytes).unwrap_or_else(|e| panic!("load: {e}"));
    assert_eq!(loaded.len(), NUM_DBS);
    for (a, b) in dbs.iter().zip(&loaded) {
        assert_eq!(describe(a), describe(b));
    }
    assert_eq!(
        codes,
        libs().into_iter().map(|(_, c)| c).collect::<Vec<_>>()
    );
    // Deterministic: saving the loaded state gives the same bytes.
    assert_eq!(snapshot::save(&loaded, &libs()), bytes);
}

#[test]
fn large_values() {
    let mut dbs: Vec<Db> = (0..NUM_DBS).map(|_| Db::new()).collect();
    if let Some(db) = dbs.get_mut(3) {
        db.set(b"k".to_vec(), Value::Str(vec![7u8; 300_000]));
    }
    let bytes = snapshot::save(&dbs, &[]);
    let (loaded, _) = snapshot::load(&bytes).unwrap_or_else(|e| panic!("load: {e}"));
    assert_eq!(describe(&dbs[3]), describe(&loaded[3]));
}

#[test]
fn empty_state() {
    let dbs: Vec<Db> = (0..NUM_DBS).map(|_| Db::new()).collect();
    let bytes = snapshot::save(&dbs, &[]);
    let (loaded, codes) = snapshot::load(&bytes).unwrap_or_else(|e| panic!("load: {e}"));
    assert!(loaded.iter().all(Db::is_empty));
    assert!(codes.is_empty());
}

#[test]
fn clear_errors() {
    assert!(snapshot::load(b"").is_err());
    assert!(snapshot::load(b"short").is_err());
    let e = snapshot::load(b"NOTASNAPSHOTFILE0000")
        .err()
        .unwrap_or_default();
    assert!(e.contains("magic"), "{e}");
    let dbs: Vec<Db> = (0..NUM_DBS).map(|_| Db::new()).collect();
    let mut bytes = snapshot::save(&dbs, &[]);
    if let Some(b) = bytes.get_mut(12) {
        *b ^= 0x40;
    }
    let e = snapshot::load(&bytes).err().unwrap_or_default();
    assert!(e.contains("checksum"), "{e}");
    // Wrong number of databases (with a valid checksum).
    let few: Vec<Db> = (0..3).map(|_| Db::new()).collect();
    let e = snapshot::load(&snapshot::save(&few, &[]))
        .err()
        .unwrap_or_default();
    assert!(e.contains("databases"), "{e}");
}

/// Re-seals a mutated body with a fresh checksum so the structural parser sees the damage.
fn reseal(mut body: Vec<u8>) -> Vec<u8> {
    let crc = engine::functions::rdb::crc64(0, &body);
    body.extend_from_slice(&crc.to_le_bytes());
    body
}

#[test]
fn fuzz_truncation_and_bit_flips() {
    let bytes = snapshot::save(&sample_dbs(), &libs());
    let body = bytes.get(..bytes.len() - 8).unwrap_or_default().to_vec();
    // Every truncation fails, with and without resealing.
    for cut in (0..bytes.len())
        .step_by(5)
        .chain(bytes.len().saturating_sub(20)..bytes.len())
    {
        assert!(snapshot::load(bytes.get(..cut).unwrap_or_default()).is_err());
    }
    for cut in (0..body.len()).step_by(7) {
        assert!(snapshot::load(&reseal(body.get(..cut).unwrap_or_default().to_vec())).is_err());
    }
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    let mut rnd = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut parsed_ok = 0;
    for i in 0..1500 {
        let mut b = body.clone();
        for _ in 0..(rnd() % 3 + 1) {
            // Favour the structured start of the file, where lengths and tags live.
            let span = if i % 2 == 0 {
                200.min(b.len())
            } else {
                b.len()
            };
            let at = (rnd() as usize) % span;
            if let Some(x) = b.get_mut(at) {
                *x ^= 1 << (rnd() % 8);
            }
        }
        // Unsealed: the checksum must catch it.
        let mut raw = b.clone();
        raw.extend_from_slice(bytes.get(bytes.len() - 8..).unwrap_or_default());
        if b != body {
            assert!(snapshot::load(&raw).is_err());
        }
        // Resealed: may parse (e.g. a flipped payload byte) but must not panic.
        if let Ok((dbs, _)) = snapshot::load(&reseal(b)) {
            assert_eq!(dbs.len(), NUM_DBS);
            parsed_ok += 1;
        }
    }
    assert!(parsed_ok < 1500);
}

#[test]
fn huge_declared_lengths_do_not_allocate() {
    // Magic, version, 16 dbs, db0 with a key count of 2^62.
    let mut body = b"RPGSNAP1".to_vec();
    body.extend_from_slice(&1u16.to_le_bytes());
    engine::functions::rdb::put_len(&mut body, NUM_DBS as u64);
    engine::functions::rdb::put_len(&mut body, 1 << 62);
    assert!(snapshot::load(&reseal(body.clone())).is_err());
    // A string whose declared length is far beyond the input.
    let mut body2 = b"RPGSNAP1".to_vec();
    body2.extend_from_slice(&1u16.to_le_bytes());
    engine::functions::rdb::put_len(&mut body2, NUM_DBS as u64);
    engine::functions::rdb::put_len(&mut body2, 1);
    body2.push(0);
    engine::functions::rdb::put_len(&mut body2, u64::from(u32::MAX));
    assert!(snapshot::load(&reseal(body2)).is_err());
}

#[test]
fn load_with_functions_is_all_or_nothing() {
    let mut eng = functions_support::FakeEngine::default();
    let mut reg = FunctionRegistry::new();
    reg.load(
        &mut eng,
        b"#!lua name=live\nredis.register_function('live', 1)",
        false,
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    let good = vec![
        (
            b"a".to_vec(),
            b"#!lua name=a\nredis.register_function('fa', 1)".to_vec(),
        ),
        (
            b"b".to_vec(),
            b"#!lua name=b\nredis.register_function('fb', 1)".to_vec(),
        ),
    ];
    let dbs = sample_dbs();
    let bytes = snapshot::save(&dbs, &good);
    let (loaded, fresh) =
        snapshot::load_with_functions(&bytes, &reg, &mut eng).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(loaded.len(), NUM_DBS);
    assert_eq!(fresh.library_count(), 2);
    reg.swap_in(&mut eng, fresh);
    assert!(reg.function(b"FA").is_some());
    assert!(reg.function(b"live").is_none());
    assert_eq!(eng.live.len(), 2);
    // A snapshot whose second library fails leaves nothing behind.
    let bad = vec![
        (
            b"c".to_vec(),
            b"#!lua name=c\nredis.register_function('fc', 1)".to_vec(),
        ),
        (
            b"d".to_vec(),
            b"#!lua name=d\nFAIL:Error compiling function: x".to_vec(),
        ),
    ];
    let bytes = snapshot::save(&dbs, &bad);
    let e = snapshot::load_with_functions(&bytes, &reg, &mut eng)
        .err()
        .unwrap_or_default();
    assert!(e.contains("Error compiling function: x"), "{e}");
    assert_eq!(eng.live.len(), 2, "handles of the partial load were freed");
    assert!(reg.function(b"fa").is_some());
}
