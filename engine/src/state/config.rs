//! CONFIG parameters: a data table (name, alias, type, default, mutability) that drives
//! CONFIG GET / CONFIG SET with Redis 7.0.15's validation rules and error texts.
//!
//! Values are kept as their canonical text (what CONFIG GET prints); the few parameters
//! the engine consults on hot paths are mirrored into typed fields.

use crate::util::glob::Glob;

/// The type of a parameter, which decides how a CONFIG SET value is validated.
#[derive(Clone, Copy, Debug)]
pub enum Kind {
    /// `yes` / `no` (case-insensitive).
    Bool,
    /// A signed integer (Redis `string2ll`) within bounds.
    Int {
        /// Inclusive lower bound.
        min: i64,
        /// Inclusive upper bound.
        max: i64,
    },
    /// A memory amount with optional unit (`b`, `k`, `kb`, `m`, `mb`, `g`, `gb`).
    Mem {
        /// Inclusive lower bound.
        min: u64,
        /// Inclusive upper bound.
        max: u64,
        /// Also accepts a percentage (`10%`).
        percent: bool,
    },
    /// One of a fixed set of names (case-insensitive).
    Enum(&'static [&'static str]),
    /// Free text.
    Str,
    /// `save`: pairs of integers.
    Save,
}

/// One configuration parameter.
#[derive(Clone, Copy, Debug)]
pub struct Param {
    /// Name as CONFIG GET prints it.
    pub name: &'static str,
    /// For an alias (`lua-time-limit`), the parameter it stands for.
    pub alias_of: Option<&'static str>,
    /// Value type.
    pub kind: Kind,
    /// Default value text.
    pub default: &'static str,
    /// CONFIG SET refuses it ("can't set immutable config").
    pub immutable: bool,
    /// CONFIG SET refuses it ("can't set protected config").
    pub protected: bool,
}

const fn p(
    name: &'static str,
    alias_of: Option<&'static str>,
    kind: Kind,
    default: &'static str,
    immutable: bool,
    protected: bool,
) -> Param {
    Param {
        name,
        alias_of,
        kind,
        default,
        immutable,
        protected,
    }
}

/// Every parameter of Redis 7.0.15 (`CONFIG GET *`), sorted by name.
pub const PARAMS: &[Param] = &[
    p(
        "acl-pubsub-default",
        None,
        Kind::Enum(&["allchannels", "resetchannels"]),
        "resetchannels",
        false,
        false,
    ),
    p("aclfile", None, Kind::Str, "", true, false),
    p(
        "acllog-max-len",
        None,
        Kind::Int {
            min: 0,
            max: i64::MAX,
        },
        "128",
        false,
        false,
    ),
    p(
        "active-defrag-cycle-max",
        None,
        Kind::Int { min: 1, max: 99 },
        "25",
        false,
        false,
    ),
    p(
        "active-defrag-cycle-min",
        None,
        Kind::Int { min: 1, max: 99 },
        "1",
        false,
        false,
    ),
    p(
        "active-defrag-ignore-bytes",
        None,
        Kind::Mem {
            min: 1,
            max: i64::MAX as u64,
            percent: false,
        },
        "104857600",
        false,
        false,
    ),
    p(
        "active-defrag-max-scan-fields",
        None,
        Kind::Int {
            min: 1,
            max: i64::MAX,
        },
        "1000",
        false,
        false,
    ),
    p(
        "active-defrag-threshold-lower",
        None,
        Kind::Int { min: 0, max: 1000 },
        "10",
        false,
        false,
    ),
    p(
        "active-defrag-threshold-upper",
        None,
        Kind::Int { min: 0, max: 1000 },
        "100",
        false,
        false,
    ),
    p(
        "active-expire-effort",
        None,
        Kind::Int { min: 1, max: 10 },
        "1",
        false,
        false,
    ),
    p("activedefrag", None, Kind::Bool, "no", false, false),
    p("activerehashing", None, Kind::Bool, "yes", false, false),
    p("always-show-logo", None, Kind::Bool, "no", true, false),
    p("aof-disable-auto-gc", None, Kind::Bool, "no", false, false),
    p("aof-load-truncated", None, Kind::Bool, "yes", false, false),
    p(
        "aof-rewrite-incremental-fsync",
        None,
        Kind::Bool,
        "yes",
        false,
        false,
    ),
    p(
        "aof-timestamp-enabled",
        None,
        Kind::Bool,
        "no",
        false,
        false,
    ),
    p(
        "aof-use-rdb-preamble",
        None,
        Kind::Bool,
        "yes",
        false,
        false,
    ),
    p("aof_rewrite_cpulist", None, Kind::Str, "", true, false),
    p(
        "appenddirname",
        None,
        Kind::Str,
        "appendonlydir",
        true,
        false,
    ),
    p(
        "appendfilename",
        None,
        Kind::Str,
        "appendonly.aof",
        true,
        false,
    ),
    p(
        "appendfsync",
        None,
        Kind::Enum(&["everysec", "always", "no"]),
        "everysec",
        false,
        false,
    ),
    p("appendonly", None, Kind::Bool, "no", false, false),
    p(
        "auto-aof-rewrite-min-size",
        None,
        Kind::Mem {
            min: 0,
            max: i64::MAX as u64,
            percent: false,
        },
        "67108864",
        false,
        false,
    ),
    p(
        "auto-aof-rewrite-percentage",
        None,
        Kind::Int {
            min: 0,
            max: 2147483647,
        },
        "100",
        false,
        false,
    ),
    p("bgsave_cpulist", None, Kind::Str, "", true, false),
    p("bind", None, Kind::Str, "* -::*", false, false),
    p("bind-source-addr", None, Kind::Str, "", false, false),
    p("bio_cpulist", None, Kind::Str, "", true, false),
    p(
        "busy-reply-threshold",
        None,
        Kind::Int {
            min: 0,
            max: i64::MAX,
        },
        "5000",
        false,
        false,
    ),
    p(
        "client-output-buffer-limit",
        None,
        Kind::Str,
        "normal 0 0 0 slave 268435456 67108864 60 pubsub 33554432 8388608 60",
        false,
        false,
    ),
    p(
        "client-query-buffer-limit",
        None,
        Kind::Mem {
            min: 1048576,
            max: i64::MAX as u64,
            percent: false,
        },
        "1073741824",
        false,
        false,
    ),
    p(
        "cluster-allow-pubsubshard-when-down",
        None,
        Kind::Bool,
        "yes",
        false,
        false,
    ),
    p(
        "cluster-allow-reads-when-down",
        None,
        Kind::Bool,
        "no",
        false,
        false,
    ),
    p(
        "cluster-allow-replica-migration",
        None,
        Kind::Bool,
        "yes",
        false,
        false,
    ),
    p(
        "cluster-announce-bus-port",
        None,
        Kind::Int { min: 0, max: 65535 },
        "0",
        false,
        false,
    ),
    p(
        "cluster-announce-hostname",
        None,
        Kind::Str,
        "",
        false,
        false,
    ),
    p("cluster-announce-ip", None, Kind::Str, "", false, false),
    p(
        "cluster-announce-port",
        None,
        Kind::Int { min: 0, max: 65535 },
        "0",
        false,
        false,
    ),
    p(
        "cluster-announce-tls-port",
        None,
        Kind::Int { min: 0, max: 65535 },
        "0",
        false,
        false,
    ),
    p(
        "cluster-config-file",
        None,
        Kind::Str,
        "nodes.conf",
        true,
        false,
    ),
    p("cluster-enabled", None, Kind::Bool, "no", true, false),
    p(
        "cluster-link-sendbuf-limit",
        None,
        Kind::Mem {
            min: 0,
            max: u64::MAX,
            percent: false,
        },
        "0",
        false,
        false,
    ),
    p(
        "cluster-migration-barrier",
        None,
        Kind::Int {
            min: 0,
            max: 2147483647,
        },
        "1",
        false,
        false,
    ),
    p(
        "cluster-node-timeout",
        None,
        Kind::Int {
            min: 0,
            max: i64::MAX,
        },
        "15000",
        false,
        false,
    ),
    p(
        "cluster-port",
        None,
        Kind::Int {
            min: i64::MIN,
            max: i64::MAX,
        },
        "0",
        true,
        false,
    ),
    p(
        "cluster-preferred-endpoint-type",
        None,
        Kind::Enum(&["ip", "hostname", "unknown-endpoint"]),
        "ip",
        false,
        false,
    ),
    p(
        "cluster-replica-no-failover",
        None,
        Kind::Bool,
        "no",
        false,
        false,
    ),
    p(
        "cluster-replica-validity-factor",
        None,
        Kind::Int {
            min: 0,
            max: 2147483647,
        },
        "10",
        false,
        false,
    ),
    p(
        "cluster-require-full-coverage",
        None,
        Kind::Bool,
        "yes",
        false,
        false,
    ),
    p(
        "cluster-slave-no-failover",
        Some("cluster-replica-no-failover"),
        Kind::Bool,
        "no",
        false,
        false,
    ),
    p(
        "cluster-slave-validity-factor",
        Some("cluster-replica-validity-factor"),
        Kind::Int {
            min: 0,
            max: 2147483647,
        },
        "10",
        false,
        false,
    ),
    p("crash-log-enabled", None, Kind::Bool, "yes", false, false),
    p(
        "crash-memcheck-enabled",
        None,
        Kind::Bool,
        "yes",
        false,
        false,
    ),
    p("daemonize", None, Kind::Bool, "no", true, false),
    p(
        "databases",
        None,
        Kind::Int {
            min: i64::MIN,
            max: i64::MAX,
        },
        "16",
        true,
        false,
    ),
    p("dbfilename", None, Kind::Str, "dump.rdb", false, true),
    p("dir", None, Kind::Str, "/", false, true),
    p("disable-thp", None, Kind::Bool, "yes", true, false),
    p("dynamic-hz", None, Kind::Bool, "yes", false, false),
    p("enable-debug-command", None, Kind::Bool, "no", true, false),
    p("enable-module-command", None, Kind::Bool, "no", true, false),
    p(
        "enable-protected-configs",
        None,
        Kind::Bool,
        "no",
        true,
        false,
    ),
    p(
        "hash-max-listpack-entries",
        None,
        Kind::Int {
            min: 0,
            max: i64::MAX,
        },
        "512",
        false,
        false,
    ),
    p(
        "hash-max-listpack-value",
        None,
        Kind::Mem {
            min: 0,
            max: i64::MAX as u64,
            percent: false,
        },
        "64",
        false,
        false,
    ),
    p(
        "hash-max-ziplist-entries",
        Some("hash-max-listpack-entries"),
        Kind::Int {
            min: 0,
            max: i64::MAX,
        },
        "512",
        false,
        false,
    ),
    p(
        "hash-max-ziplist-value",
        Some("hash-max-listpack-value"),
        Kind::Mem {
            min: 0,
            max: i64::MAX as u64,
            percent: false,
        },
        "64",
        false,
        false,
    ),
    p(
        "hll-sparse-max-bytes",
        None,
        Kind::Mem {
            min: 0,
            max: i64::MAX as u64,
            percent: false,
        },
        "3000",
        false,
        false,
    ),
    p(
        "hz",
        None,
        Kind::Int {
            min: 0,
            max: 2147483647,
        },
        "10",
        false,
        false,
    ),
    p("ignore-warnings", None, Kind::Str, "", false, false),
    p(
        "io-threads",
        None,
        Kind::Int {
            min: i64::MIN,
            max: i64::MAX,
        },
        "1",
        true,
        false,
    ),
    p("io-threads-do-reads", None, Kind::Bool, "no", true, false),
    p("jemalloc-bg-thread", None, Kind::Bool, "yes", false, false),
    p(
        "latency-monitor-threshold",
        None,
        Kind::Int {
            min: 0,
            max: i64::MAX,
        },
        "0",
        false,
        false,
    ),
    p("latency-tracking", None, Kind::Bool, "yes", false, false),
    p(
        "latency-tracking-info-percentiles",
        None,
        Kind::Str,
        "50 99 99.9",
        false,
        false,
    ),
    p(
        "lazyfree-lazy-eviction",
        None,
        Kind::Bool,
        "no",
        false,
        false,
    ),
    p("lazyfree-lazy-expire", None, Kind::Bool, "no", false, false),
    p(
        "lazyfree-lazy-server-del",
        None,
        Kind::Bool,
        "no",
        false,
        false,
    ),
    p(
        "lazyfree-lazy-user-del",
        None,
        Kind::Bool,
        "no",
        false,
        false,
    ),
    p(
        "lazyfree-lazy-user-flush",
        None,
        Kind::Bool,
        "no",
        false,
        false,
    ),
    p(
        "lfu-decay-time",
        None,
        Kind::Int {
            min: 0,
            max: 2147483647,
        },
        "1",
        false,
        false,
    ),
    p(
        "lfu-log-factor",
        None,
        Kind::Int {
            min: 0,
            max: 2147483647,
        },
        "10",
        false,
        false,
    ),
    p(
        "list-compress-depth",
        None,
        Kind::Int {
            min: 0,
            max: 2147483647,
        },
        "0",
        false,
        false,
    ),
    p(
        "list-max-listpack-size",
        None,
        Kind::Int {
            min: -2147483648,
            max: 2147483647,
        },
        "-2",
        false,
        false,
    ),
    p(
        "list-max-ziplist-size",
        Some("list-max-listpack-size"),
        Kind::Int {
            min: -2147483648,
            max: 2147483647,
        },
        "-2",
        false,
        false,
    ),
    p("logfile", None, Kind::Str, "", true, false),
    p(
        "loglevel",
        None,
        Kind::Enum(&["debug", "verbose", "notice", "warning"]),
        "notice",
        false,
        false,
    ),
    p(
        "lua-time-limit",
        Some("busy-reply-threshold"),
        Kind::Int {
            min: 0,
            max: i64::MAX,
        },
        "5000",
        false,
        false,
    ),
    p("masterauth", None, Kind::Str, "", false, false),
    p("masteruser", None, Kind::Str, "", false, false),
    p(
        "maxclients",
        None,
        Kind::Int {
            min: 1,
            max: 4294967295,
        },
        "10000",
        false,
        false,
    ),
    p(
        "maxmemory",
        None,
        Kind::Mem {
            min: 0,
            max: u64::MAX,
            percent: false,
        },
        "0",
        false,
        false,
    ),
    p(
        "maxmemory-clients",
        None,
        Kind::Mem {
            min: 0,
            max: u64::MAX,
            percent: true,
        },
        "0",
        false,
        false,
    ),
    p(
        "maxmemory-eviction-tenacity",
        None,
        Kind::Int { min: 0, max: 100 },
        "10",
        false,
        false,
    ),
    p(
        "maxmemory-policy",
        None,
        Kind::Enum(&[
            "volatile-lru",
            "volatile-lfu",
            "volatile-random",
            "volatile-ttl",
            "allkeys-lru",
            "allkeys-lfu",
            "allkeys-random",
            "noeviction",
        ]),
        "noeviction",
        false,
        false,
    ),
    p(
        "maxmemory-samples",
        None,
        Kind::Int {
            min: 1,
            max: 2147483647,
        },
        "5",
        false,
        false,
    ),
    p(
        "min-replicas-max-lag",
        None,
        Kind::Int {
            min: 0,
            max: 2147483647,
        },
        "10",
        false,
        false,
    ),
    p(
        "min-replicas-to-write",
        None,
        Kind::Int {
            min: 0,
            max: 2147483647,
        },
        "0",
        false,
        false,
    ),
    p(
        "min-slaves-max-lag",
        Some("min-replicas-max-lag"),
        Kind::Int {
            min: 0,
            max: 2147483647,
        },
        "10",
        false,
        false,
    ),
    p(
        "min-slaves-to-write",
        Some("min-replicas-to-write"),
        Kind::Int {
            min: 0,
            max: 2147483647,
        },
        "0",
        false,
        false,
    ),
    p(
        "no-appendfsync-on-rewrite",
        None,
        Kind::Bool,
        "no",
        false,
        false,
    ),
    p("notify-keyspace-events", None, Kind::Str, "", false, false),
    p(
        "oom-score-adj",
        None,
        Kind::Enum(&["no", "yes", "relative", "absolute"]),
        "no",
        false,
        false,
    ),
    p(
        "oom-score-adj-values",
        None,
        Kind::Str,
        "0 200 800",
        false,
        false,
    ),
    p("pidfile", None, Kind::Str, "", true, false),
    p(
        "port",
        None,
        Kind::Int { min: 0, max: 65535 },
        "6379",
        false,
        false,
    ),
    p(
        "proc-title-template",
        None,
        Kind::Str,
        "{title} {listen-addr} {server-mode}",
        false,
        false,
    ),
    p(
        "propagation-error-behavior",
        None,
        Kind::Enum(&["ignore", "panic", "panic-on-replicas"]),
        "ignore",
        false,
        false,
    ),
    p("protected-mode", None, Kind::Bool, "yes", false, false),
    p(
        "proto-max-bulk-len",
        None,
        Kind::Mem {
            min: 1048576,
            max: i64::MAX as u64,
            percent: false,
        },
        "536870912",
        false,
        false,
    ),
    p("rdb-del-sync-files", None, Kind::Bool, "no", false, false),
    p(
        "rdb-save-incremental-fsync",
        None,
        Kind::Bool,
        "yes",
        false,
        false,
    ),
    p("rdbchecksum", None, Kind::Bool, "yes", true, false),
    p("rdbcompression", None, Kind::Bool, "yes", false, false),
    p(
        "repl-backlog-size",
        None,
        Kind::Mem {
            min: 1,
            max: i64::MAX as u64,
            percent: false,
        },
        "1048576",
        false,
        false,
    ),
    p(
        "repl-backlog-ttl",
        None,
        Kind::Int {
            min: 0,
            max: i64::MAX,
        },
        "3600",
        false,
        false,
    ),
    p(
        "repl-disable-tcp-nodelay",
        None,
        Kind::Bool,
        "no",
        false,
        false,
    ),
    p(
        "repl-diskless-load",
        None,
        Kind::Enum(&["disabled", "on-empty-db", "swapdb"]),
        "disabled",
        false,
        false,
    ),
    p("repl-diskless-sync", None, Kind::Bool, "yes", false, false),
    p(
        "repl-diskless-sync-delay",
        None,
        Kind::Int {
            min: 0,
            max: 2147483647,
        },
        "5",
        false,
        false,
    ),
    p(
        "repl-diskless-sync-max-replicas",
        None,
        Kind::Int {
            min: 0,
            max: 2147483647,
        },
        "0",
        false,
        false,
    ),
    p(
        "repl-ping-replica-period",
        None,
        Kind::Int {
            min: 1,
            max: 2147483647,
        },
        "10",
        false,
        false,
    ),
    p(
        "repl-ping-slave-period",
        Some("repl-ping-replica-period"),
        Kind::Int {
            min: 1,
            max: 2147483647,
        },
        "10",
        false,
        false,
    ),
    p(
        "repl-timeout",
        None,
        Kind::Int {
            min: 1,
            max: 2147483647,
        },
        "60",
        false,
        false,
    ),
    p("replica-announce-ip", None, Kind::Str, "", false, false),
    p(
        "replica-announce-port",
        None,
        Kind::Int { min: 0, max: 65535 },
        "0",
        false,
        false,
    ),
    p("replica-announced", None, Kind::Bool, "yes", false, false),
    p(
        "replica-ignore-disk-write-errors",
        None,
        Kind::Bool,
        "no",
        false,
        false,
    ),
    p(
        "replica-ignore-maxmemory",
        None,
        Kind::Bool,
        "yes",
        false,
        false,
    ),
    p("replica-lazy-flush", None, Kind::Bool, "no", false, false),
    p(
        "replica-priority",
        None,
        Kind::Int {
            min: 0,
            max: 2147483647,
        },
        "100",
        false,
        false,
    ),
    p("replica-read-only", None, Kind::Bool, "yes", false, false),
    p(
        "replica-serve-stale-data",
        None,
        Kind::Bool,
        "yes",
        false,
        false,
    ),
    p("replicaof", None, Kind::Str, "", false, false),
    p("requirepass", None, Kind::Str, "", false, false),
    p(
        "sanitize-dump-payload",
        None,
        Kind::Enum(&["no", "yes", "clients"]),
        "no",
        false,
        false,
    ),
    p(
        "save",
        None,
        Kind::Save,
        "3600 1 300 100 60 10000",
        false,
        false,
    ),
    p("server_cpulist", None, Kind::Str, "", true, false),
    p(
        "set-max-intset-entries",
        None,
        Kind::Int {
            min: 0,
            max: i64::MAX,
        },
        "512",
        false,
        false,
    ),
    p("set-proc-title", None, Kind::Bool, "yes", true, false),
    p(
        "shutdown-on-sigint",
        None,
        Kind::Enum(&["default", "save", "nosave", "now", "force"]),
        "default",
        false,
        false,
    ),
    p(
        "shutdown-on-sigterm",
        None,
        Kind::Enum(&["default", "save", "nosave", "now", "force"]),
        "default",
        false,
        false,
    ),
    p(
        "shutdown-timeout",
        None,
        Kind::Int {
            min: 0,
            max: 2147483647,
        },
        "10",
        false,
        false,
    ),
    p(
        "slave-announce-ip",
        Some("replica-announce-ip"),
        Kind::Str,
        "",
        false,
        false,
    ),
    p(
        "slave-announce-port",
        Some("replica-announce-port"),
        Kind::Int { min: 0, max: 65535 },
        "0",
        false,
        false,
    ),
    p(
        "slave-ignore-maxmemory",
        Some("replica-ignore-maxmemory"),
        Kind::Bool,
        "yes",
        false,
        false,
    ),
    p(
        "slave-lazy-flush",
        Some("replica-lazy-flush"),
        Kind::Bool,
        "no",
        false,
        false,
    ),
    p(
        "slave-priority",
        Some("replica-priority"),
        Kind::Int {
            min: 0,
            max: 2147483647,
        },
        "100",
        false,
        false,
    ),
    p(
        "slave-read-only",
        Some("replica-read-only"),
        Kind::Bool,
        "yes",
        false,
        false,
    ),
    p(
        "slave-serve-stale-data",
        Some("replica-serve-stale-data"),
        Kind::Bool,
        "yes",
        false,
        false,
    ),
    p("slaveof", Some("replicaof"), Kind::Str, "", false, false),
    p(
        "slowlog-log-slower-than",
        None,
        Kind::Int {
            min: -1,
            max: i64::MAX,
        },
        "10000",
        false,
        false,
    ),
    p(
        "slowlog-max-len",
        None,
        Kind::Int {
            min: 0,
            max: i64::MAX,
        },
        "128",
        false,
        false,
    ),
    p(
        "socket-mark-id",
        None,
        Kind::Int {
            min: i64::MIN,
            max: i64::MAX,
        },
        "0",
        true,
        false,
    ),
    p(
        "stop-writes-on-bgsave-error",
        None,
        Kind::Bool,
        "yes",
        false,
        false,
    ),
    p(
        "stream-node-max-bytes",
        None,
        Kind::Mem {
            min: 0,
            max: i64::MAX as u64,
            percent: false,
        },
        "4096",
        false,
        false,
    ),
    p(
        "stream-node-max-entries",
        None,
        Kind::Int {
            min: 0,
            max: i64::MAX,
        },
        "100",
        false,
        false,
    ),
    p("supervised", None, Kind::Bool, "no", true, false),
    p("syslog-enabled", None, Kind::Bool, "no", true, false),
    p("syslog-facility", None, Kind::Str, "local0", true, false),
    p("syslog-ident", None, Kind::Str, "redis", true, false),
    p(
        "tcp-backlog",
        None,
        Kind::Int {
            min: i64::MIN,
            max: i64::MAX,
        },
        "511",
        true,
        false,
    ),
    p(
        "tcp-keepalive",
        None,
        Kind::Int {
            min: 0,
            max: 2147483647,
        },
        "300",
        false,
        false,
    ),
    p(
        "timeout",
        None,
        Kind::Int {
            min: 0,
            max: 2147483647,
        },
        "0",
        false,
        false,
    ),
    p(
        "tls-auth-clients",
        None,
        Kind::Enum(&["no", "yes", "optional"]),
        "yes",
        false,
        false,
    ),
    p("tls-ca-cert-dir", None, Kind::Str, "", false, false),
    p("tls-ca-cert-file", None, Kind::Str, "", false, false),
    p("tls-cert-file", None, Kind::Str, "", false, false),
    p("tls-ciphers", None, Kind::Str, "", false, false),
    p("tls-ciphersuites", None, Kind::Str, "", false, false),
    p("tls-client-cert-file", None, Kind::Str, "", false, false),
    p("tls-client-key-file", None, Kind::Str, "", false, false),
    p(
        "tls-client-key-file-pass",
        None,
        Kind::Str,
        "",
        false,
        false,
    ),
    p("tls-cluster", None, Kind::Bool, "no", false, false),
    p("tls-dh-params-file", None, Kind::Str, "", false, false),
    p("tls-key-file", None, Kind::Str, "", false, false),
    p("tls-key-file-pass", None, Kind::Str, "", false, false),
    p(
        "tls-port",
        None,
        Kind::Int { min: 0, max: 65535 },
        "0",
        false,
        false,
    ),
    p(
        "tls-prefer-server-ciphers",
        None,
        Kind::Bool,
        "no",
        false,
        false,
    ),
    p("tls-protocols", None, Kind::Str, "", false, false),
    p("tls-replication", None, Kind::Bool, "no", false, false),
    p(
        "tls-session-cache-size",
        None,
        Kind::Int {
            min: 0,
            max: 2147483647,
        },
        "20480",
        false,
        false,
    ),
    p(
        "tls-session-cache-timeout",
        None,
        Kind::Int {
            min: 0,
            max: 2147483647,
        },
        "300",
        false,
        false,
    ),
    p("tls-session-caching", None, Kind::Bool, "yes", false, false),
    p(
        "tracking-table-max-keys",
        None,
        Kind::Int {
            min: 0,
            max: i64::MAX,
        },
        "1000000",
        false,
        false,
    ),
    p("unixsocket", None, Kind::Str, "", true, false),
    p(
        "unixsocketperm",
        None,
        Kind::Int {
            min: i64::MIN,
            max: i64::MAX,
        },
        "0",
        true,
        false,
    ),
    p(
        "zset-max-listpack-entries",
        None,
        Kind::Int {
            min: 0,
            max: i64::MAX,
        },
        "128",
        false,
        false,
    ),
    p(
        "zset-max-listpack-value",
        None,
        Kind::Mem {
            min: 0,
            max: i64::MAX as u64,
            percent: false,
        },
        "64",
        false,
        false,
    ),
    p(
        "zset-max-ziplist-entries",
        Some("zset-max-listpack-entries"),
        Kind::Int {
            min: 0,
            max: i64::MAX,
        },
        "128",
        false,
        false,
    ),
    p(
        "zset-max-ziplist-value",
        Some("zset-max-listpack-value"),
        Kind::Mem {
            min: 0,
            max: i64::MAX as u64,
            percent: false,
        },
        "64",
        false,
        false,
    ),
];

/// Configuration values the engine consults.
#[derive(Clone, Debug)]
pub struct Config {
    /// `busy-reply-threshold` (alias `lua-time-limit`), ms.
    pub busy_reply_threshold_ms: i64,
    /// `maxmemory` in bytes (0 = unlimited).
    pub maxmemory: i64,
    /// Current value text of every parameter (aliases share their target's slot).
    values: Vec<String>,
}

impl Default for Config {
    fn default() -> Self {
        let mut c = Config {
            busy_reply_threshold_ms: 5000,
            maxmemory: 0,
            values: PARAMS.iter().map(|p| p.default.to_string()).collect(),
        };
        c.sync_fields();
        c
    }
}

fn has_glob(p: &[u8]) -> bool {
    p.iter().any(|c| matches!(c, b'*' | b'?' | b'['))
}

/// Index of a parameter by (case-insensitive) name.
pub fn find_param(name: &[u8]) -> Option<usize> {
    PARAMS
        .iter()
        .position(|p| p.name.as_bytes().eq_ignore_ascii_case(name))
}

/// The slot holding the value of parameter `i` (its alias target's index for aliases).
fn slot(i: usize) -> usize {
    match PARAMS.get(i).and_then(|p| p.alias_of) {
        Some(target) => find_param(target.as_bytes()).unwrap_or(i),
        None => i,
    }
}

/// Parses a memory value like Redis's `memtoull` (`100mb`, `1k`, `5gb`, `42`).
pub fn parse_memory(s: &[u8]) -> Option<u64> {
    if s.first() == Some(&b'-') {
        return None;
    }
    let digits_end = s
        .iter()
        .position(|c| !c.is_ascii_digit())
        .unwrap_or(s.len());
    let (digits, unit) = s.split_at(digits_end);
    let unit = unit.to_ascii_lowercase();
    let mul: u64 = match unit.as_slice() {
        b"" | b"b" => 1,
        b"k" => 1000,
        b"kb" => 1024,
        b"m" => 1000 * 1000,
        b"mb" => 1024 * 1024,
        b"g" => 1000 * 1000 * 1000,
        b"gb" => 1024 * 1024 * 1024,
        _ => return None,
    };
    if digits.len() >= 128 {
        return None;
    }
    let mut v: u64 = 0;
    for &d in digits {
        v = v.saturating_mul(10).saturating_add(u64::from(d - b'0'));
    }
    Some(v.wrapping_mul(mul))
}

fn set_err(name: &[u8], msg: &str) -> String {
    format!(
        "ERR CONFIG SET failed (possibly related to argument '{}') - {}",
        String::from_utf8_lossy(name),
        msg
    )
}

/// Validates a value for parameter `i`, returning its canonical text or the error detail.
fn normalize(i: usize, value: &[u8]) -> Result<String, String> {
    let Some(param) = PARAMS.get(i) else {
        return Err("unknown".into());
    };
    let text = String::from_utf8_lossy(value).into_owned();
    match param.kind {
        Kind::Bool => {
            if value.eq_ignore_ascii_case(b"yes") {
                Ok("yes".into())
            } else if value.eq_ignore_ascii_case(b"no") {
                Ok("no".into())
            } else {
                Err("argument must be 'yes' or 'no'".into())
            }
        }
        Kind::Int { min, max } => {
            let v = crate::util::parse_i64(value)
                .ok_or_else(|| "argument couldn't be parsed into an integer".to_string())?;
            if v < min || v > max {
                return Err(format!(
                    "argument must be between {min} and {max} inclusive"
                ));
            }
            Ok(v.to_string())
        }
        Kind::Mem { min, max, percent } => {
            if percent && value.len() > 1 && value.last() == Some(&b'%') {
                let num = value.get(..value.len() - 1).unwrap_or_default();
                if let Some(v) = crate::util::parse_i64(num) {
                    if v >= 0 {
                        return Ok(format!("{v}%"));
                    }
                }
                return Err("argument must be a memory or percent value".into());
            }
            let v = parse_memory(value).ok_or_else(|| {
                if percent {
                    "argument must be a memory or percent value".to_string()
                } else {
                    "argument must be a memory value".to_string()
                }
            })?;
            if v < min || v > max {
                return Err(format!(
                    "argument must be between {min} and {max} inclusive"
                ));
            }
            Ok(v.to_string())
        }
        Kind::Enum(opts) => opts
            .iter()
            .find(|o| o.as_bytes().eq_ignore_ascii_case(value))
            .map(|o| o.to_string())
            .ok_or_else(|| {
                format!(
                    "argument(s) must be one of the following: {}",
                    opts.join(", ")
                )
            }),
        Kind::Str => Ok(text),
        Kind::Save => {
            let parts: Vec<&str> = text.split(' ').filter(|s| !s.is_empty()).collect();
            if !parts.len().is_multiple_of(2) {
                return Err("Invalid save parameters".into());
            }
            let mut out = Vec::new();
            for part in parts {
                let v: i64 = part
                    .parse()
                    .map_err(|_| "Invalid save parameters".to_string())?;
                out.push(v.to_string());
            }
            Ok(out.join(" "))
        }
    }
}

impl Config {
    fn sync_fields(&mut self) {
        self.busy_reply_threshold_ms = self
            .value("busy-reply-threshold")
            .and_then(|v| v.parse().ok())
            .unwrap_or(5000);
        self.maxmemory = self
            .value("maxmemory")
            .and_then(|v| v.parse::<u64>().ok())
            .map(|v| i64::try_from(v).unwrap_or(i64::MAX))
            .unwrap_or(0);
    }

    /// The current value text of a parameter (by exact, case-insensitive name).
    pub fn value(&self, name: &str) -> Option<&str> {
        let i = find_param(name.as_bytes())?;
        self.values.get(slot(i)).map(|s| s.as_str())
    }

    /// An integer parameter's value (0 if absent or not numeric).
    pub fn int(&self, name: &str) -> i64 {
        self.value(name).and_then(|v| v.parse().ok()).unwrap_or(0)
    }

    /// CONFIG GET: (name, value) pairs for the patterns, each parameter at most once.
    /// A pattern without glob characters is an exact lookup and echoes the name as given.
    pub fn get(&self, patterns: &[&[u8]]) -> Vec<(Vec<u8>, Vec<u8>)> {
        let mut seen = vec![false; PARAMS.len()];
        let mut out = Vec::new();
        for pat in patterns {
            if !has_glob(pat) {
                if let Some(i) = find_param(pat) {
                    if let Some(s) = seen.get_mut(i) {
                        if !*s {
                            *s = true;
                            let v = self.values.get(slot(i)).cloned().unwrap_or_default();
                            out.push((pat.to_vec(), v.into_bytes()));
                        }
                    }
                }
                continue;
            }
            let g = Glob::new(pat, true);
            for (i, param) in PARAMS.iter().enumerate() {
                if seen.get(i).copied().unwrap_or(true) || !g.matches(param.name.as_bytes()) {
                    continue;
                }
                if let Some(s) = seen.get_mut(i) {
                    *s = true;
                }
                let v = self.values.get(slot(i)).cloned().unwrap_or_default();
                out.push((param.name.as_bytes().to_vec(), v.into_bytes()));
            }
        }
        out
    }

    /// Sets a parameter at startup (host command-line options such as `--port` or
    /// `--enable-debug-command yes`): validated like CONFIG SET but immutable and protected
    /// parameters are allowed. The error is the complete reply text.
    pub fn set_startup(&mut self, name: &[u8], value: &[u8]) -> Result<(), String> {
        let Some(i) = find_param(name) else {
            return Err(format!(
                "ERR Unknown option or number of arguments for CONFIG SET - '{}'",
                String::from_utf8_lossy(name)
            ));
        };
        let v = match PARAMS.get(i).map(|p| p.kind) {
            // Immutable parameters were recorded without a type; accept their text.
            _ if PARAMS.get(i).is_some_and(|p| p.immutable) => {
                String::from_utf8_lossy(value).into_owned()
            }
            _ => normalize(i, value).map_err(|m| set_err(name, &m))?,
        };
        if let Some(slotv) = self.values.get_mut(slot(i)) {
            *slotv = v;
        }
        self.sync_fields();
        Ok(())
    }

    /// CONFIG SET of one or more `(name, value)` pairs, atomically: all are applied or none.
    /// The error is the complete reply text.
    pub fn set(&mut self, pairs: &[(&[u8], &[u8])]) -> Result<(), String> {
        let mut idx = Vec::with_capacity(pairs.len());
        for (n, (name, _)) in pairs.iter().enumerate() {
            let Some(i) = find_param(name) else {
                return Err(format!(
                    "ERR Unknown option or number of arguments for CONFIG SET - '{}'",
                    String::from_utf8_lossy(name)
                ));
            };
            let param = PARAMS
                .get(i)
                .copied()
                .unwrap_or(p("", None, Kind::Str, "", true, false));
            if param.immutable {
                return Err(set_err(name, "can't set immutable config"));
            }
            if param.protected {
                return Err(set_err(name, "can't set protected config"));
            }
            if idx.iter().take(n).any(|&j| j == i) {
                return Err(set_err(name, "duplicate parameter"));
            }
            idx.push(i);
        }
        let mut new_values = Vec::with_capacity(pairs.len());
        for ((name, value), &i) in pairs.iter().zip(idx.iter()) {
            let canon = PARAMS.get(i).map(|p| p.name.as_bytes()).unwrap_or(name);
            let mut v = normalize(i, value).map_err(|m| set_err(canon, &m))?;
            if PARAMS.get(i).map(|p| p.name) == Some("hz") {
                let hz: i64 = v.parse().unwrap_or(10);
                v = hz.clamp(1, 500).to_string();
            }
            new_values.push((slot(i), v));
        }
        for (s, v) in new_values {
            if let Some(slotv) = self.values.get_mut(s) {
                *slotv = v;
            }
        }
        self.sync_fields();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::Config;

    fn get(c: &Config, p: &str) -> Vec<(String, String)> {
        c.get(&[p.as_bytes()])
            .into_iter()
            .map(|(a, b)| {
                (
                    String::from_utf8_lossy(&a).into_owned(),
                    String::from_utf8_lossy(&b).into_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn get_set() {
        let mut c = Config::default();
        assert_eq!(
            get(&c, "lua-time-limit"),
            vec![("lua-time-limit".into(), "5000".into())]
        );
        c.set(&[(b"busy-reply-threshold", b"1234")])
            .unwrap_or_default();
        assert_eq!(c.busy_reply_threshold_ms, 1234);
        assert_eq!(get(&c, "lua-time-limit")[0].1, "1234");
        assert_eq!(get(&c, "HZ"), vec![("HZ".into(), "10".into())]);
        c.set(&[(b"maxmemory", b"100mb")]).unwrap_or_default();
        assert_eq!(c.maxmemory, 104857600);
        assert_eq!(
            c.set(&[(b"foo", b"bar")]).err().unwrap_or_default(),
            "ERR Unknown option or number of arguments for CONFIG SET - 'foo'"
        );
        assert_eq!(
            c.set(&[(b"hz", b"-1")]).err().unwrap_or_default(),
            "ERR CONFIG SET failed (possibly related to argument 'hz') - argument must be between 0 and 2147483647 inclusive"
        );
        assert_eq!(
            c.set(&[(b"databases", b"3")]).err().unwrap_or_default(),
            "ERR CONFIG SET failed (possibly related to argument 'databases') - can't set immutable config"
        );
        assert!(c.set(&[(b"hz", b"0")]).is_ok());
        assert_eq!(get(&c, "hz")[0].1, "1");
        assert!(get(&c, "maxmemory*").len() >= 4);
        // Atomic: a bad second value leaves the first unchanged.
        assert!(c.set(&[(b"timeout", b"5"), (b"hz", b"x")]).is_err());
        assert_eq!(get(&c, "timeout")[0].1, "0");
        assert!(c.set(&[(b"save", b"3600 1 300 100")]).is_ok());
        assert!(c.set(&[(b"save", b"1 2 3")]).is_err());
        assert!(c.set_startup(b"enable-debug-command", b"yes").is_ok());
        assert_eq!(c.value("enable-debug-command"), Some("yes"));
    }
}
