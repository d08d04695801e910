//! Encoding [`Reply`] values as RESP2 or RESP3 bytes.

use super::Reply;

/// Appends the encoding of `reply` for a client speaking protocol `resp` (2 or 3).
pub fn encode(reply: &Reply, resp: u8, out: &mut Vec<u8>) {
    let _ = (reply, resp, out);
    todo_encode();
}

fn todo_encode() {}
