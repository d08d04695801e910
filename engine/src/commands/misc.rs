//! Commands the playground knows but does not provide as a standalone single-process
//! server would: replication, cluster, MONITOR and pub/sub subscriptions. They are in the
//! table so that arity, flags (e.g. `noscript` for scripts), COMMAND and HELP are right;
//! their handlers answer as a standalone Redis does or say what is not supported.

use super::flags::*;
use super::{CommandSpec, Handler, Keys};
use crate::resp::Reply;
use crate::state::Ctx;

fn unsupported(ctx: &mut Ctx) -> Reply {
    Reply::err(format!(
        "ERR {} is not supported by the playground",
        String::from_utf8_lossy(ctx.arg(0)).to_ascii_uppercase()
    ))
}

fn cluster_disabled(_: &mut Ctx) -> Reply {
    Reply::err("ERR This instance has cluster support disabled")
}

fn empty_array(_: &mut Ctx) -> Reply {
    Reply::Array(Vec::new())
}

fn zero(_: &mut Ctx) -> Reply {
    Reply::Int(0)
}

fn numsub(ctx: &mut Ctx) -> Reply {
    let mut out = Vec::new();
    for ch in ctx.args.iter().skip(2) {
        out.push(Reply::Bulk(ch.clone()));
        out.push(Reply::Int(0));
    }
    Reply::Array(out)
}

const fn cmd(
    name: &'static str,
    arity: i32,
    flags: u32,
    acl: &'static [&'static str],
    group: &'static str,
    summary: &'static str,
    handler: fn(&mut Ctx) -> Reply,
) -> CommandSpec {
    CommandSpec {
        name,
        arity,
        flags,
        acl,
        keys: Keys::None,
        group,
        summary,
        since: "1.0.0",
        complexity: "",
        syntax: "",
        handler: Handler::Core(handler),
        subcommands: &[],
    }
}

const DANGEROUS: &[&str] = &["admin", "slow", "dangerous"];
const PUBSUB_SLOW: &[&str] = &["pubsub", "slow"];
const CONN_FAST: &[&str] = &["fast", "connection"];

const CLUSTER_SUBS: &[CommandSpec] = &[
    cmd(
        "countkeysinslot",
        3,
        STALE,
        &["slow"],
        "cluster",
        "Returns the number of keys in a hash slot.",
        cluster_disabled,
    ),
    cmd(
        "getkeysinslot",
        4,
        STALE,
        &["slow"],
        "cluster",
        "Returns the key names in a hash slot.",
        cluster_disabled,
    ),
    cmd(
        "info",
        2,
        STALE,
        &["slow"],
        "cluster",
        "Returns information about the state of a node.",
        cluster_disabled,
    ),
    cmd(
        "keyslot",
        3,
        STALE,
        &["slow"],
        "cluster",
        "Returns the hash slot for a key.",
        cluster_disabled,
    ),
    cmd(
        "myid",
        2,
        STALE,
        &["slow"],
        "cluster",
        "Returns the ID of a node.",
        cluster_disabled,
    ),
    cmd(
        "nodes",
        2,
        STALE,
        &["slow"],
        "cluster",
        "Returns the cluster configuration for a node.",
        cluster_disabled,
    ),
    cmd(
        "reset",
        -2,
        ADMIN | STALE | NOSCRIPT,
        DANGEROUS,
        "cluster",
        "Resets a node.",
        cluster_disabled,
    ),
    cmd(
        "shards",
        2,
        STALE,
        &["slow"],
        "cluster",
        "Returns the mapping of cluster slots to shards.",
        cluster_disabled,
    ),
    cmd(
        "slots",
        2,
        STALE,
        &["slow"],
        "cluster",
        "Returns the mapping of cluster slots to nodes.",
        cluster_disabled,
    ),
];

const PUBSUB_SUBS: &[CommandSpec] = &[
    cmd(
        "channels",
        -2,
        PUBSUB | LOADING | STALE,
        PUBSUB_SLOW,
        "pubsub",
        "Returns the active channels.",
        empty_array,
    ),
    cmd(
        "numpat",
        2,
        PUBSUB | LOADING | STALE,
        PUBSUB_SLOW,
        "pubsub",
        "Returns a count of unique pattern subscriptions.",
        zero,
    ),
    cmd(
        "numsub",
        -2,
        PUBSUB | LOADING | STALE,
        PUBSUB_SLOW,
        "pubsub",
        "Returns a count of subscribers to channels.",
        numsub,
    ),
    cmd(
        "shardchannels",
        -2,
        PUBSUB | LOADING | STALE,
        PUBSUB_SLOW,
        "pubsub",
        "Returns the active shard channels.",
        empty_array,
    ),
    cmd(
        "shardnumsub",
        -2,
        PUBSUB | LOADING | STALE,
        PUBSUB_SLOW,
        "pubsub",
        "Returns the count of subscribers of shard channels.",
        numsub,
    ),
];

/// The misc family of the command table.
pub const COMMANDS: &[CommandSpec] = &[
    cmd(
        "monitor",
        1,
        ADMIN | NOSCRIPT | LOADING | STALE,
        DANGEROUS,
        "server",
        "Listens for all requests received by the server in real-time.",
        unsupported,
    ),
    cmd(
        "subscribe",
        -2,
        PUBSUB | NOSCRIPT | LOADING | STALE,
        PUBSUB_SLOW,
        "pubsub",
        "Listens for messages published to channels.",
        unsupported,
    ),
    cmd(
        "psubscribe",
        -2,
        PUBSUB | NOSCRIPT | LOADING | STALE,
        PUBSUB_SLOW,
        "pubsub",
        "Listens for messages published to channels that match one or more patterns.",
        unsupported,
    ),
    cmd(
        "ssubscribe",
        -2,
        PUBSUB | NOSCRIPT | LOADING | STALE,
        PUBSUB_SLOW,
        "pubsub",
        "Listens for messages published to shard channels.",
        unsupported,
    ),
    cmd(
        "unsubscribe",
        -1,
        PUBSUB | NOSCRIPT | LOADING | STALE,
        PUBSUB_SLOW,
        "pubsub",
        "Stops listening to messages posted to channels.",
        unsupported,
    ),
    cmd(
        "punsubscribe",
        -1,
        PUBSUB | NOSCRIPT | LOADING | STALE,
        PUBSUB_SLOW,
        "pubsub",
        "Stops listening to messages published to channels that match one or more patterns.",
        unsupported,
    ),
    cmd(
        "sunsubscribe",
        -1,
        PUBSUB | NOSCRIPT | LOADING | STALE,
        PUBSUB_SLOW,
        "pubsub",
        "Stops listening to messages posted to shard channels.",
        unsupported,
    ),
    cmd(
        "readonly",
        1,
        LOADING | STALE | FAST,
        CONN_FAST,
        "cluster",
        "Enables read-only queries for a connection to a Redis Cluster replica node.",
        cluster_disabled,
    ),
    cmd(
        "readwrite",
        1,
        LOADING | STALE | FAST,
        CONN_FAST,
        "cluster",
        "Enables read-write queries for a connection to a Redis Cluster replica node.",
        cluster_disabled,
    ),
    cmd(
        "asking",
        1,
        FAST,
        CONN_FAST,
        "cluster",
        "Signals that a cluster client is following an -ASK redirect.",
        cluster_disabled,
    ),
    cmd(
        "sync",
        1,
        ADMIN | NOSCRIPT | NO_ASYNC_LOADING | NO_MULTI,
        DANGEROUS,
        "server",
        "An internal command used in replication.",
        unsupported,
    ),
    cmd(
        "psync",
        -3,
        ADMIN | NOSCRIPT | NO_ASYNC_LOADING | NO_MULTI,
        DANGEROUS,
        "server",
        "An internal command used in replication.",
        unsupported,
    ),
    cmd(
        "replicaof",
        3,
        ADMIN | NOSCRIPT | STALE | NO_ASYNC_LOADING,
        DANGEROUS,
        "server",
        "Configures a server as replica of another, or promotes it to a master.",
        unsupported,
    ),
    cmd(
        "slaveof",
        3,
        ADMIN | NOSCRIPT | STALE | NO_ASYNC_LOADING,
        DANGEROUS,
        "server",
        "Sets a Redis server as a replica of another, or promotes it to being a master.",
        unsupported,
    ),
    cmd(
        "failover",
        -1,
        ADMIN | NOSCRIPT | STALE,
        DANGEROUS,
        "server",
        "Starts a coordinated failover from a server to one of its replicas.",
        unsupported,
    ),
    CommandSpec {
        name: "cluster",
        arity: -2,
        acl: &["slow"],
        group: "cluster",
        summary: "A container for Redis Cluster commands.",
        since: "3.0.0",
        handler: Handler::Container,
        subcommands: CLUSTER_SUBS,
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "pubsub",
        arity: -2,
        acl: &["slow"],
        group: "pubsub",
        summary: "A container for Pub/Sub commands.",
        since: "2.8.0",
        handler: Handler::Container,
        subcommands: PUBSUB_SUBS,
        ..CommandSpec::DEFAULT
    },
];
